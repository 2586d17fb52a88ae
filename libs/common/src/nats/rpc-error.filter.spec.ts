import { jest } from '@jest/globals';
import { Logger, type ArgumentsHost } from '@nestjs/common';
import { pino } from 'pino';
import { of } from 'rxjs';
import { currentRequestId } from '../logging/request-context.js';
import { RequestContextInterceptor } from './request-context.interceptor.js';
import { RpcErrorFilter } from './rpc-error.filter.js';

/** One message's NATS context, as the interceptor and the filter both get it from Nest. */
const nats = { getSubject: () => 'catalog.titles.update', getHeaders: () => ({ get: (key: string) => (key === 'x-request-id' ? 'req-9' : ''), keys: () => ['x-request-id'] }) };
const host = { switchToRpc: () => ({ getContext: () => nats }) } as unknown as ArgumentsHost;

describe('RpcErrorFilter', () => {
  it('logs a failed handler under the request id of its message, though it runs after the handler context ended', () => {
    new RequestContextInterceptor(pino({ level: 'silent' })).intercept(host as never, { handle: () => of(null) });
    let loggedUnder: string | undefined;
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => void (loggedUnder = currentRequestId()));

    new RpcErrorFilter().catch(new Error('boom'), host).subscribe({ error: () => undefined });

    expect(error).toHaveBeenCalledTimes(1);
    expect(loggedUnder).toBe('req-9');
    error.mockRestore();
  });
});
