import type { ClientProxy } from '@nestjs/microservices';
import { jest } from '@jest/globals';
import { NEVER, of, throwError } from 'rxjs';
import { DomainError } from '../errors/domain-error.js';
import { runInRequestContext } from '../logging/request-context.js';
import type { Contract } from './contract.js';
import { ServiceClient } from './service-client.js';

type EchoContract = Contract & { 'echo.say': { request: { text: string }; response: { text: string } } };

function proxyReturning(result: ReturnType<ClientProxy['send']>) {
  const send = jest.fn<ClientProxy['send']>().mockReturnValue(result);
  return { proxy: { send } as unknown as ClientProxy, send };
}

describe('ServiceClient', () => {
  it('returns the reply and sends the current request id in the NATS headers', async () => {
    const { proxy, send } = proxyReturning(of({ text: 'hi' }));
    const client = new ServiceClient<EchoContract>('echo', proxy, 1000);

    const reply = await runInRequestContext('req-123', () => client.send('echo.say', { text: 'hi' }));

    expect(reply).toEqual({ text: 'hi' });
    const [pattern, record] = send.mock.calls[0] as [string, { data: unknown; headers: { get(k: string): string } }];
    expect(pattern).toBe('echo.say');
    expect(record.data).toEqual({ text: 'hi' });
    expect(record.headers.get('x-request-id')).toBe('req-123');
  });

  it('turns a silent service into a 503 with Retry-After after the deadline', async () => {
    const { proxy } = proxyReturning(NEVER);
    const client = new ServiceClient<EchoContract>('echo', proxy, 50);

    const error = await client.send('echo.say', { text: 'hi' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 503, code: 'COMMON.SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 5 } });
  });

  it('rebuilds the domain error a service sent as data', async () => {
    const payload = { status: 409, code: 'USERS.EMAIL_TAKEN', message: 'taken' };
    const { proxy } = proxyReturning(throwError(() => payload));
    const client = new ServiceClient<EchoContract>('echo', proxy, 1000);

    await expect(client.send('echo.say', { text: 'x' })).rejects.toMatchObject({ status: 409, code: 'USERS.EMAIL_TAKEN', message: 'taken' });
  });

  it('treats a transport failure as 503, not as the caller’s fault', async () => {
    const { proxy } = proxyReturning(throwError(() => new Error('Connection closed')));
    const client = new ServiceClient<EchoContract>('echo', proxy, 1000);

    await expect(client.send('echo.say', { text: 'x' })).rejects.toMatchObject({ status: 503 });
  });
});
