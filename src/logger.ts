/** Structured logs: one JSON object a line on stderr, ready for any log shipper. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;

export interface Logger {
  debug(msg: unknown, fields?: Record<string, unknown>): void;
  info(msg: unknown, fields?: Record<string, unknown>): void;
  warn(msg: unknown, fields?: Record<string, unknown>): void;
  error(msg: unknown, fields?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const min = LEVELS[level];
  // Libraries (Yoga) also call these with an Error or any value first; keep those as fields.
  const log = (lvl: Exclude<LogLevel, 'silent'>) => (msg: unknown, fields?: Record<string, unknown>) => {
    if (LEVELS[lvl] < min) return;
    const text = typeof msg === 'string' ? msg : msg instanceof Error ? msg.message : JSON.stringify(msg);
    const extra = msg instanceof Error ? { error: msg, ...fields } : fields;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: lvl, msg: text, ...serialize(extra) })}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function serialize(fields?: Record<string, unknown>) {
  if (!fields) return {};
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v]),
  );
}
