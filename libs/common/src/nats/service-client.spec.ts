import type { ClientProxy } from '@nestjs/microservices';
import { jest } from '@jest/globals';
import { NEVER, of, throwError, type Observable } from 'rxjs';
import { DomainError } from '../errors/domain-error.js';
import { runInRequestContext } from '../logging/request-context.js';
import type { Contract } from './contract.js';
import { ServiceClient, type CircuitOptions } from './service-client.js';

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

describe('ServiceClient circuit breaker', () => {
  const circuit: CircuitOptions = { volumeThreshold: 2, errorThresholdPercentage: 50, rollingWindowMs: 10_000, resetTimeoutMs: 1000 };

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A proxy whose answers the test switches: silent (times out) or answering. */
  function switchableProxy() {
    let answer: () => Observable<unknown> = () => NEVER;
    const send = jest.fn<() => Observable<unknown>>().mockImplementation(() => answer());
    return { proxy: { send } as unknown as ClientProxy, send, answerWith: (next: () => Observable<unknown>) => (answer = next) };
  }

  async function timedOutCall(client: ServiceClient<EchoContract>) {
    const call = client.send('echo.say', { text: 'x' }).catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(60);
    return call;
  }

  it('opens after repeated timeouts and then answers 503 without calling the service', async () => {
    const { proxy, send } = switchableProxy();
    const client = new ServiceClient<EchoContract>('echo', proxy, 50, circuit);
    await timedOutCall(client);
    await timedOutCall(client);
    expect(client.circuitState).toBe('open');

    const error = await client.send('echo.say', { text: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, details: { retryAfterSeconds: 1 } });
    expect(send).toHaveBeenCalledTimes(2);
    client.onApplicationShutdown();
  });

  it('half-opens after the pause and closes when the probe call succeeds', async () => {
    const { proxy, answerWith } = switchableProxy();
    const client = new ServiceClient<EchoContract>('echo', proxy, 50, circuit);
    await timedOutCall(client);
    await timedOutCall(client);
    expect(client.circuitState).toBe('open');

    await jest.advanceTimersByTimeAsync(1000);
    expect(client.circuitState).toBe('half-open');
    answerWith(() => of({ text: 'back' }));
    await expect(client.send('echo.say', { text: 'x' })).resolves.toEqual({ text: 'back' });
    expect(client.circuitState).toBe('closed');
    client.onApplicationShutdown();
  });

  it('does not count a service’s own 4xx answers as failures', async () => {
    const { proxy, answerWith } = switchableProxy();
    answerWith(() => throwError(() => ({ status: 409, code: 'X.TAKEN', message: 'taken' })));
    const client = new ServiceClient<EchoContract>('echo', proxy, 50, circuit);
    for (let i = 0; i < 5; i += 1) await expect(client.send('echo.say', { text: 'x' })).rejects.toMatchObject({ status: 409 });
    expect(client.circuitState).toBe('closed');
    client.onApplicationShutdown();
  });
});
