/** The pino logger: level names, redaction of tokens and contact details, the request ID scope. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CENSOR, createLogger, withRequestId, type LogLevel } from '../../src/app/logger.js';

type Line = { level: string; msg: string; [k: string]: unknown };

/** A logger writing into a destination stream whose lines the test reads back. */
function capture(level: LogLevel = 'debug') {
  const lines: Line[] = [];
  const text: string[] = [];
  const dest = new Writable({
    write(chunk, _encoding, done) {
      text.push(String(chunk));
      lines.push(JSON.parse(String(chunk)) as Line);
      done();
    },
  });
  return { log: createLogger(level, dest), lines, text };
}

describe('logger', () => {
  it('writes one JSON line per call with the level name, an ISO time, the fields and the message', () => {
    const { log, lines } = capture('info');
    log.debug('not at info');
    log.info({ kind: 'postgres', ms: 12 }, 'database ready');
    expect(lines).toEqual([
      { level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), kind: 'postgres', ms: 12, msg: 'database ready' },
    ]);
  });

  it('keeps the name, message and stack of an error logged under `error`', () => {
    const { log, lines } = capture();
    log.error({ error: new TypeError('boom') }, 'unexpected error');
    expect(lines[0]!.error).toMatchObject({
      type: 'TypeError',
      message: 'boom',
      stack: expect.stringContaining('TypeError: boom'),
    });
  });

  it('redacts tokens and contact fields at the top level, nested, and in arrays of objects', () => {
    const { log, lines, text } = capture();
    const secrets = [
      'Bearer eyJhbGciOi.secret',
      'tok-123',
      'ada@example.gov',
      '+1 202 555 0100',
      'boss@example.gov',
      'refresh-9',
    ];
    log.warn(
      {
        token: secrets[1],
        email: secrets[2],
        headers: { authorization: secrets[0], 'content-type': 'application/json' },
        input: { people: [{ email: secrets[2], phone: secrets[3], givenName: 'Ada' }] },
        rotation: { hostSupervisorEmail: secrets[4] },
        session: { refreshToken: secrets[5] },
      },
      'something to look at',
    );
    for (const secret of secrets) expect(text.join('')).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      token: CENSOR,
      email: CENSOR,
      headers: { authorization: CENSOR, 'content-type': 'application/json' },
      input: { people: [{ email: CENSOR, phone: CENSOR, givenName: 'Ada' }] },
      rotation: { hostSupervisorEmail: CENSOR },
      session: { refreshToken: CENSOR },
    });
  });

  it('names the request on every line logged within its scope, and only there', async () => {
    const { log, lines } = capture();
    await withRequestId('req-1', async () => {
      log.info('first');
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.error({ error: new Error('x') }, 'after an await');
    });
    log.info('outside');
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['first', 'req-1'],
      ['after an await', 'req-1'],
      ['outside', undefined],
    ]);
  });
});
