import { call, type Problem } from './support/http.js';
import { Platform } from './support/platform.js';
import { freePort, waitFor } from './support/processes.js';

const DEFAULT_TIMEOUT_MS = 3000;
const PING_TIMEOUT_MS = 400; // set for users.health.ping alone through NATS_PATTERN_TIMEOUTS
const platform = new Platform();
let metricsPort = 0;

beforeAll(async () => {
  metricsPort = await freePort();
  await platform.start({
    env: { NATS_REQUEST_TIMEOUT_MS: String(DEFAULT_TIMEOUT_MS), NATS_PATTERN_TIMEOUTS: `users.health.ping=${PING_TIMEOUT_MS}`, NATS_READ_RETRIES: '1' },
    appEnv: { gateway: { METRICS_PORT: String(metricsPort) } },
  });
});
afterAll(async () => {
  // Never leave a stopped process behind, whatever failed.
  const users = platform.app('users').pid;
  if (users) process.kill(users, 'SIGCONT');
  await platform.stop();
});

const ping = (service: string) => call<Problem>(platform.url(`/health/ping/${service}`));
const gatewayLogLines = () => platform.app('gateway').log().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg?: string; pattern?: string; service?: string });
const circuitGauge = async () => {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  return text.match(/onstream_circuit_open\{[^}]*service="users"[^}]*\} (\d)/)?.[1];
};

describe('a service that hangs (process paused: NATS still routes to it, nothing answers)', () => {
  it('times a read out at its own deadline, retries it once, opens the circuit, answers 503 fast, then half-opens and recovers', async () => {
    expect((await ping('users')).status).toBe(200);
    const users = platform.app('users').pid;
    if (!users) throw new Error('users is not running');
    process.kill(users, 'SIGSTOP');
    try {
      // One read: its pattern's deadline (not the default) and one retry, then 503.
      const first = await ping('users');
      expect(first.status).toBe(503);
      expect(first.headers.get('retry-after')).toBe('5');
      expect(first.body).toMatchObject({ code: 'COMMON.SERVICE_UNAVAILABLE', detail: `The users service did not answer within ${PING_TIMEOUT_MS} ms.` });
      const retries = await waitFor('the retry log line', async () => {
        const lines = gatewayLogLines().filter((l) => l.msg === 'read got no answer; trying again' && l.pattern === 'users.health.ping');
        return lines.length > 0 ? lines : undefined;
      });
      expect(retries).toHaveLength(1);

      // More timeouts open the circuit (5 calls in its 10 s window, half of them unanswered).
      const burst = await Promise.all(Array.from({ length: 4 }, () => ping('users')));
      expect(burst.map((answer) => answer.status)).toEqual([503, 503, 503, 503]);
      // The breaker judges its window only when a call fails, so a ping refused before it reached the
      // users client (the rate limiter's Redis slow on a loaded machine) would leave nothing to open it:
      // pings go on until it opens, every one of them refused, and the failure says what they got.
      const later: typeof burst = [];
      const answers = () => [...burst, ...later].map((answer) => `${answer.status} ${answer.body.detail}`).join('; ');
      await waitFor('the users circuit to open', async () => {
        if ((await circuitGauge()) === '1') return true;
        later.push(await ping('users'));
        return undefined;
      }, 60_000).catch((error: Error) => {
        throw new Error(`${error.message}; the pings got: ${answers()}`);
      });
      expect(later.filter((answer) => answer.status !== 503)).toEqual([]);

      // Open: answered without calling (this detail comes only from the open circuit, never from a
      // timed-out call; a duration would depend on the machine's load).
      const fast = await ping('users');
      expect(fast.status).toBe(503);
      expect(fast.body.detail).toBe('The users service is failing; calls are paused briefly.');
      expect(fast.headers.get('retry-after')).toBe('5');

      // Other services are not affected by the users circuit.
      expect((await ping('catalog')).status).toBe(200);
    } finally {
      process.kill(users, 'SIGCONT');
    }

    // After the pause one probe goes through; the service answers, so the circuit closes.
    const recovered = await waitFor('users to answer through the gateway again', async () => ((await ping('users')).status === 200 ? true : undefined), 60_000, 250);
    expect(recovered).toBe(true);
    expect(await circuitGauge()).toBe('0');
    const messages = gatewayLogLines().filter((l) => l.service === 'users').map((l) => l.msg);
    expect(messages).toEqual(expect.arrayContaining(['circuit opened: answering 503 without calling', 'circuit half-open: probing', 'circuit closed: service answers again']));
    expect(messages.indexOf('circuit half-open: probing')).toBeGreaterThan(messages.indexOf('circuit opened: answering 503 without calling'));
  });

  it('never retries a write: a sign-up that got no answer is sent once', async () => {
    const users = platform.app('users').pid;
    if (!users) throw new Error('users is not running');
    const before = gatewayLogLines().filter((l) => l.msg === 'service did not answer in time' && l.pattern === 'users.account.register').length;
    process.kill(users, 'SIGSTOP');
    try {
      const answer = await call<Problem>(platform.url('/auth/signup'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `write-${Date.now()}@example.com`, password: 'correct horse 9', displayName: 'Once' }),
      });
      expect(answer.status).toBe(503);
      expect(answer.body.detail).toBe(`The users service did not answer within ${DEFAULT_TIMEOUT_MS} ms.`);
    } finally {
      process.kill(users, 'SIGCONT');
    }
    // The log reaches its file a moment after the answer.
    const timeouts = await waitFor('the timeout log line', async () => {
      const count = gatewayLogLines().filter((l) => l.msg === 'service did not answer in time' && l.pattern === 'users.account.register').length;
      return count > before ? count : undefined;
    });
    expect(timeouts - before).toBe(1);
    expect(gatewayLogLines().some((l) => l.msg === 'read got no answer; trying again' && l.pattern === 'users.account.register')).toBe(false);
  });
});
