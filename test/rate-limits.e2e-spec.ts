import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { call, jsonBody, type Problem } from './support/http.js';
import { Platform, ROOT } from './support/platform.js';
import { freePort, ManagedProcess, waitFor } from './support/processes.js';

const DEFAULT_LIMIT = 6;
const LOGIN_LIMIT = 3;
const platform = new Platform();
let replica: ManagedProcess;
let replicaBaseUrl = '';

// TRUST_PROXY is on, so each test is its own client by X-Forwarded-For: counts of earlier tests
// (or earlier runs sharing the Redis database) never leak into it.
const newClientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const from = (ip: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': ip } });
const viaReplica = (path: string) => `${replicaBaseUrl}/api/v1${path}`;

beforeAll(async () => {
  await platform.start({
    env: { RATE_LIMIT_DEFAULT: String(DEFAULT_LIMIT), RATE_LIMIT_LOGIN: String(LOGIN_LIMIT), RATE_LIMIT_WINDOW_SECONDS: '120', TRUST_PROXY: 'true' },
  });
  // A second gateway on the same NATS and Redis, as a second replica behind a load balancer.
  const port = await freePort();
  replicaBaseUrl = `http://127.0.0.1:${port}`;
  replica = new ManagedProcess('gateway-2', process.execPath, [join(ROOT, 'dist/apps/gateway/main.js')], { ...platform.env, GATEWAY_PORT: String(port) }, join(platform.logDir, 'gateway-2.log'));
  replica.start();
  await waitFor('the second gateway', async () => ((await fetch(`${replicaBaseUrl}/api/v1/health/ready`)).status === 200 ? true : undefined), 60_000, 200);
});
afterAll(async () => {
  await replica?.stop();
  await platform.stop();
});

describe('rate limits', () => {
  it('tells the client its limit, what is left and when the window resets', async () => {
    const ip = newClientIp();
    const first = await call(platform.url('/health/ping/users'), from(ip));
    const second = await call(platform.url('/health/ping/users'), from(ip));

    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe(String(DEFAULT_LIMIT));
    expect(first.headers.get('ratelimit-remaining')).toBe(String(DEFAULT_LIMIT - 1));
    expect(second.headers.get('ratelimit-remaining')).toBe(String(DEFAULT_LIMIT - 2));
    const reset = Number(second.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(120);
  });

  it('shares one count between two gateway replicas and answers 429 problem+json with Retry-After past the limit', async () => {
    const ip = newClientIp();
    const remaining: string[] = [];
    for (let i = 0; i < DEFAULT_LIMIT; i++) {
      const url = i % 2 === 0 ? platform.url('/health/ping/users') : viaReplica('/health/ping/users');
      const answer = await call(url, from(ip));
      expect(answer.status).toBe(200);
      remaining.push(answer.headers.get('ratelimit-remaining') ?? '');
    }
    // Alternating replicas, the count still goes down by one per request: it lives in Redis.
    expect(remaining).toEqual(Array.from({ length: DEFAULT_LIMIT }, (_, i) => String(DEFAULT_LIMIT - 1 - i)));

    for (const url of [platform.url('/health/ping/users'), viaReplica('/health/ping/users')]) {
      const refused = await call<Problem>(url, from(ip));
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, code: 'COMMON.RATE_LIMITED' });
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(120);
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    }

    // Another client is not affected.
    expect((await call(viaReplica('/health/ping/users'), from(newClientIp()))).status).toBe(200);
  });

  it('limits login tighter than the default, on a count of its own', async () => {
    const ip = newClientIp();
    // A fresh e-mail: the users service's own failed-login counter per account must not be what refuses.
    const email = `nobody-${randomInt(1e9)}@example.com`;
    const login = () => call<Problem>(platform.url('/auth/login'), from(ip, jsonBody('POST', { email, password: 'wrong password 1' })));
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      const attempt = await login();
      expect(attempt.status).toBe(401);
      expect(attempt.headers.get('ratelimit-limit')).toBe(String(LOGIN_LIMIT));
    }
    const refused = await login();
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('COMMON.RATE_LIMITED');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Logins did not use up the default budget of the same address.
    const browse = await call(platform.url('/health/ping/users'), from(ip));
    expect(browse.status).toBe(200);
    expect(browse.headers.get('ratelimit-remaining')).toBe(String(DEFAULT_LIMIT - 1));
  });

  it('documents the 429 answer on limited routes only', async () => {
    const document = (await (await fetch(`${platform.baseUrl}/docs-json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(document.paths['/api/v1/auth/login'].post.responses)).toContain('429');
    expect(Object.keys(document.paths['/api/v1/health/ping/{service}'].get.responses)).toContain('429');
    expect(Object.keys(document.paths['/api/v1/health/live'].get.responses)).not.toContain('429');
  });

  it('never limits the liveness and readiness probes', async () => {
    const ip = newClientIp();
    for (let i = 0; i < DEFAULT_LIMIT + 2; i++) {
      const live = await call(platform.url('/health/live'), from(ip));
      expect(live.status).toBe(200);
      expect(live.headers.get('ratelimit-limit')).toBeNull();
    }
  });
});
