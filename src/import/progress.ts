/**
 * Progress of long steps on stderr, so stdout keeps only the summary. On a terminal: one bar
 * redrawn in place. Elsewhere (CI logs, pipes): a plain line now and then and one when a step
 * ends, because carriage-return redraws turn into thousands of lines in a log file.
 */

export interface Progress {
  /** Starts a step of `total` units (bytes, rows). */
  start(label: string, total: number, unit?: string): void;
  /** Units done so far in the current step. */
  update(done: number): void;
  end(): void;
}

export const silentProgress: Progress = { start() {}, update() {}, end() {} };

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Minimum time between plain lines when not on a terminal. */
  lineIntervalMs?: number;
  now?: () => number;
}

export function createProgress(out: Output = process.stderr, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const lineInterval = options.lineIntervalMs ?? 5000;
  const tty = Boolean(out.isTTY);
  let label = '';
  let unit = '';
  let total = 0;
  let done = 0;
  let startedAt = 0;
  let lastDraw = 0;
  let active = false;

  const amount = (n: number) => (unit === 'bytes' ? `${(n / 1048576).toFixed(1)} MB` : n.toLocaleString('en-US'));
  const percent = () => (total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100);

  function draw(): void {
    if (tty) {
      const counts = `${String(percent()).padStart(3)}% ${amount(done)}/${amount(total)}${unit === 'bytes' ? '' : ` ${unit}`}`;
      // The bar takes what the label and counts leave of the line (up to 24), so nothing wraps.
      const width = Math.max(0, Math.min(24, (out.columns ?? 120) - label.length - counts.length - 10));
      const filled = Math.round((percent() / 100) * width);
      const bar = width ? ` ${'█'.repeat(filled)}${'░'.repeat(width - filled)}` : '';
      out.write(`\r\x1b[K${label}${bar} ${counts}`);
    } else {
      out.write(`${label}: ${amount(done)}/${amount(total)}${unit === 'bytes' ? '' : ` ${unit}`} (${percent()}%)\n`);
    }
  }

  return {
    start(l, t, u = 'rows') {
      if (active) this.end();
      label = l;
      total = t;
      unit = u;
      done = 0;
      startedAt = now();
      lastDraw = startedAt;
      active = true;
      if (tty) draw();
    },
    update(d) {
      if (!active) return;
      done = d;
      const t = now();
      // A terminal redraws ten times a second at most; a log gets a line every few seconds.
      if (t - lastDraw >= (tty ? 100 : lineInterval)) {
        lastDraw = t;
        draw();
      }
    },
    end() {
      if (!active) return;
      active = false;
      done = Math.max(done, total);
      const seconds = ((now() - startedAt) / 1000).toFixed(1);
      if (tty) {
        draw();
        out.write(` ${seconds} s\n`);
      } else {
        out.write(`${label}: done, ${amount(total)}${unit === 'bytes' ? '' : ` ${unit}`} in ${seconds} s\n`);
      }
    },
  };
}
