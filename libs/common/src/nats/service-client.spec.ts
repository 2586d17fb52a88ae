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

describe('ServiceClient deadlines and retries', () => {
  type Contract2 = Contract & {
    'echo.read': { request: { text: string }; response: { text: string } };
    'echo.write': { request: { text: string }; response: { text: string } };
    'echo.slow': { request: { text: string }; response: { text: string } };
  };
  const policies = { 'echo.read': { read: true }, 'echo.slow': { timeoutMs: 200 } } as const;

  /** Silent for the first `silentTries` sends, then answers. */
  function flakyProxy(silentTries: number) {
    let calls = 0;
    const send = jest.fn<() => Observable<unknown>>().mockImplementation(() => (++calls <= silentTries ? NEVER : of({ text: 'ok' })));
    return { proxy: { send } as unknown as ClientProxy, send };
  }

  it('tries a read again when the first try got no answer', async () => {
    const { proxy, send } = flakyProxy(1);
    const client = new ServiceClient<Contract2>('echo', proxy, 30, undefined, { policies, readRetries: 1 });
    await expect(client.send('echo.read', { text: 'x' })).resolves.toEqual({ text: 'ok' });
    expect(send).toHaveBeenCalledTimes(2);
    client.onApplicationShutdown();
  });

  it('gives up on a read after the bounded number of retries', async () => {
    const { proxy, send } = flakyProxy(10);
    const client = new ServiceClient<Contract2>('echo', proxy, 30, undefined, { policies, readRetries: 2 });
    await expect(client.send('echo.read', { text: 'x' })).rejects.toMatchObject({ status: 503 });
    expect(send).toHaveBeenCalledTimes(3);
    client.onApplicationShutdown();
  });

  it('never sends a write twice', async () => {
    const { proxy, send } = flakyProxy(1);
    const client = new ServiceClient<Contract2>('echo', proxy, 30, undefined, { policies, readRetries: 3 });
    await expect(client.send('echo.write', { text: 'x' })).rejects.toMatchObject({ status: 503 });
    expect(send).toHaveBeenCalledTimes(1);
    client.onApplicationShutdown();
  });

  it('does not retry a read the service answered with an error', async () => {
    const send = jest.fn<() => Observable<unknown>>().mockReturnValue(throwError(() => ({ status: 404, code: 'X.NOT_FOUND', message: 'no' })));
    const client = new ServiceClient<Contract2>('echo', { send } as unknown as ClientProxy, 30, undefined, { policies, readRetries: 3 });
    await expect(client.send('echo.read', { text: 'x' })).rejects.toMatchObject({ status: 404 });
    expect(send).toHaveBeenCalledTimes(1);
    client.onApplicationShutdown();
  });

  it('uses a pattern’s own deadline, and a configured one over it', async () => {
    const { proxy } = flakyProxy(10);
    const declared = new ServiceClient<Contract2>('echo', proxy, 30, undefined, { policies });
    await expect(declared.send('echo.slow', { text: 'x' })).rejects.toMatchObject({ message: 'The echo service did not answer within 200 ms.' });
    const configured = new ServiceClient<Contract2>('echo', proxy, 30, undefined, { policies, patternTimeouts: { 'echo.slow': 60 } });
    await expect(configured.send('echo.slow', { text: 'x' })).rejects.toMatchObject({ message: 'The echo service did not answer within 60 ms.' });
    await expect(configured.send('echo.write', { text: 'x' })).rejects.toMatchObject({ message: 'The echo service did not answer within 30 ms.' });
    declared.onApplicationShutdown();
    configured.onApplicationShutdown();
  });
});

describe('ServiceClient deadline propagation', () => {
  const headerOf = (send: jest.Mock<ClientProxy['send']>, call = 0) =>
    (send.mock.calls[call] as [string, { headers: { get(k: string): string } }])[1].headers.get('x-deadline');

  it('sends the try’s deadline as epoch ms in x-deadline', async () => {
    const { proxy, send } = proxyReturning(of({ text: 'hi' }));
    const client = new ServiceClient<EchoContract>('echo', proxy, 2000);
    const before = Date.now();
    await client.send('echo.say', { text: 'hi' });
    const deadline = Number(headerOf(send));
    expect(deadline).toBeGreaterThanOrEqual(before + 2000);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 2000);
  });

  it('never gives a nested call more time than the message being handled has left', async () => {
    const { proxy, send } = proxyReturning(of({ text: 'hi' }));
    const client = new ServiceClient<EchoContract>('echo', proxy, 60_000);
    const inherited = Date.now() + 5000;
    await runInRequestContext('req', () => client.send('echo.say', { text: 'hi' }), undefined, inherited);
    expect(Number(headerOf(send))).toBe(inherited);
  });

  it('does not send at all once the inherited deadline has passed, and the refusal does not open the circuit', async () => {
    const { proxy, send } = proxyReturning(of({ text: 'hi' }));
    const client = new ServiceClient<EchoContract>('echo', proxy, 1000, { volumeThreshold: 1, errorThresholdPercentage: 1, rollingWindowMs: 10_000, resetTimeoutMs: 1000 });
    for (let i = 0; i < 3; i += 1) {
      const late = runInRequestContext('req', () => client.send('echo.say', { text: 'hi' }), undefined, Date.now() - 1);
      await expect(late).rejects.toMatchObject({ status: 503, code: 'COMMON.DEADLINE_EXCEEDED' });
    }
    expect(send).not.toHaveBeenCalled();
    expect(client.circuitState).toBe('closed');
    client.onApplicationShutdown();
  });

  it('does not count a busy service’s fast refusals against its circuit', async () => {
    const { proxy } = proxyReturning(throwError(() => ({ status: 503, code: 'COMMON.OVERLOADED', message: 'busy', details: { retryAfterSeconds: 2 } })));
    const client = new ServiceClient<EchoContract>('echo', proxy, 1000, { volumeThreshold: 1, errorThresholdPercentage: 1, rollingWindowMs: 10_000, resetTimeoutMs: 1000 });
    for (let i = 0; i < 3; i += 1) await expect(client.send('echo.say', { text: 'x' })).rejects.toMatchObject({ code: 'COMMON.OVERLOADED' });
    expect(client.circuitState).toBe('closed');
    client.onApplicationShutdown();
  });
});
