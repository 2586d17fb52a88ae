import { InterceptorsConsumer } from '@nestjs/core/interceptors/interceptors-consumer.js';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { lastValueFrom, type Observable } from 'rxjs';
import { createLogger } from '../logging/logger.js';
import { currentDeadline, currentRequestId } from '../logging/request-context.js';
import { DEADLINE_HEADER } from './deadline.js';
import { RequestContextInterceptor } from './request-context.interceptor.js';

/** A NATS message's context as Nest's RPC handlers see it. */
function natsContext(headers: Record<string, string>) {
  return { getSubject: () => 'users.health.ping', getHeaders: () => ({ get: (key: string) => headers[key] ?? '', keys: () => Object.keys(headers) }) };
}

/** Runs a handler through Nest's own interceptor chain with the interceptor, as a service does. */
async function handle(headers: Record<string, string>, handler: () => Promise<unknown>, logger: Logger = pino({ level: 'silent' })): Promise<Observable<unknown>> {
  const interceptor = new RequestContextInterceptor(logger);
  const instance = { constructor: class Controller {} };
  return (await new InterceptorsConsumer().intercept([interceptor], [{}, natsContext(headers)], instance, handler, handler, 'rpc')) as Observable<unknown>;
}

describe('RequestContextInterceptor', () => {
  it("runs the handler with the message's request id and deadline", async () => {
    const handled = await handle({ 'x-request-id': 'req-1', [DEADLINE_HEADER]: '4102444800000' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return { requestId: currentRequestId(), deadline: currentDeadline() };
    });

    expect(await lastValueFrom(handled)).toEqual({ requestId: 'req-1', deadline: 4102444800000 });
  });

  it('leaves no request context behind in the flow that dispatched the message', async () => {
    const handled = await handle({ 'x-request-id': 'req-2', [DEADLINE_HEADER]: '1' }, () => Promise.resolve('ok'));
    await lastValueFrom(handled);

    // Work the dispatcher does next (another subscription's callback, a bootstrap continuing) is not this request's.
    expect(currentRequestId()).toBeUndefined();
    expect(currentDeadline()).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(currentDeadline()).toBeUndefined();
  });

  it("logs the \"message handled\" line with the message's request id", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const handled = await handle({ 'x-request-id': 'req-3' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return 'ok';
    }, createLogger('test', 'info', sink));
    await lastValueFrom(handled);

    const line = lines.map((text) => JSON.parse(text) as { msg: string; requestId?: string }).find((entry) => entry.msg === 'message handled');
    expect(line?.requestId).toBe('req-3');
  });
});
