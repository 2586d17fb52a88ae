import { Writable } from 'node:stream';
import { createLogger } from './logger.js';
import { runInRequestContext } from './request-context.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('test', 'info', stream) };
}

describe('createLogger', () => {
  it('redacts secrets wherever they appear in a log object', () => {
    const { lines, logger } = capture();
    logger.info({ password: 'hunter2', body: { refreshToken: 'rt-123', pin: '1234' }, req: { headers: { authorization: 'Bearer abc', cookie: 's=1' } } }, 'login');

    const text = JSON.stringify(lines[0]);
    for (const secret of ['hunter2', 'rt-123', '1234', 'Bearer abc', 's=1']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ password: '[redacted]', body: { refreshToken: '[redacted]', pin: '[redacted]' } });
  });

  it('writes one JSON object per line with the service, level label and request id', () => {
    const { lines, logger } = capture();
    runInRequestContext('req-9', () => logger.warn({ pattern: 'users.x' }, 'slow'));
    expect(lines[0]).toMatchObject({ service: 'test', level: 'warn', requestId: 'req-9', pattern: 'users.x', msg: 'slow' });
  });
});
