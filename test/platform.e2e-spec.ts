import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Platform, ROOT } from './support/platform.js';
import { freePort, waitFor } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

const TIMEOUT_MS = 1500;
const ALLOWED_ORIGIN = 'https://app.example.com';
const platform = new Platform();

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  errors?: Array<{ field: string; message: string }>;
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const uniqueEmail = () => `viewer-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

const metricsPorts = { gateway: 0, users: 0 };

beforeAll(async () => {
  metricsPorts.gateway = await freePort();
  metricsPorts.users = await freePort();
  await platform.start({
    env: { NATS_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), HEALTH_TIMEOUT_MS: '1000', CORS_ORIGINS: ALLOWED_ORIGIN },
    appEnv: { gateway: { METRICS_PORT: String(metricsPorts.gateway) }, users: { METRICS_PORT: String(metricsPorts.users) } },
  });
});
afterAll(() => platform.stop());

describe('health', () => {
  it('reports every service and store up, each with a latency', async () => {
    const response = await fetch(platform.url('/health/ready'));
    const report = (await response.json()) as {
      status: string;
      dependencies: Array<{ name: string; status: string; latencyMs: number }>;
      services: Array<{ service: string; status: string; latencyMs: number; checks: Array<{ name: string; status: string; latencyMs: number }> }>;
    };

    expect(response.status).toBe(200);
    expect(report.status).toBe('up');
    expect(report.dependencies.map((d) => [d.name, d.status])).toEqual([['nats', 'up'], ['redis', 'up']]);
    expect(report.services.map((s) => [s.service, s.status]).sort()).toEqual([['analytics', 'up'], ['billing', 'up'], ['catalog', 'up'], ['engagement', 'up'], ['media', 'up'], ['users', 'up']]);
    for (const service of report.services) {
      expect(service.latencyMs).toBeGreaterThan(0);
      expect(service.checks).toContainEqual(expect.objectContaining({ name: 'mongo', status: 'up' }));
    }
    const media = report.services.find((s) => s.service === 'media');
    expect(media?.checks.map((c) => [c.name, c.status])).toEqual([['mongo', 'up'], ['redis', 'up'], ['s3', 'up']]);
  });

  it('answers liveness without asking any service', async () => {
    const response = await fetch(platform.url('/health/live'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'up' });
  });
});

describe('ping', () => {
  it('round-trips to each service over NATS and names the replica that answered', async () => {
    for (const service of ['users', 'catalog', 'media', 'billing', 'analytics', 'engagement']) {
      const response = await fetch(platform.url(`/health/ping/${service}`));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ service, instance: expect.stringMatching(/:\d+$/) });
    }
  });

  it('refuses an unknown service name with 400', async () => {
    const response = await fetch(platform.url('/health/ping/nosuch'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).errors?.[0]?.field).toBe('service');
  });
});

describe('request ids', () => {
  it('echoes the caller’s id and carries it into the service’s log lines', async () => {
    const requestId = `e2e-trace-${Date.now()}`;
    const response = await fetch(platform.url('/auth/signup'), { ...json({ email: uniqueEmail(), password: 'correct horse 9', displayName: 'Trace' }), headers: { 'content-type': 'application/json', 'x-request-id': requestId } });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const line = await waitFor('the users log line with the request id', async () =>
      platform.app('users').log().split('\n').find((l) => l.includes(`"requestId":"${requestId}"`) && l.includes('users.account.register')),
    );
    expect(JSON.parse(line)).toMatchObject({ service: 'users', requestId, pattern: 'users.account.register', outcome: 'ok' });
  });

  it('replaces an unusable id with a generated one', async () => {
    const response = await fetch(platform.url('/health/live'), { headers: { 'x-request-id': 'has spaces and\ttabs' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('errors are problem+json', () => {
  it('answers invalid fields with 400 and one entry per field', async () => {
    const response = await fetch(platform.url('/auth/signup'), json({ email: 'not-an-email', password: 'short', displayName: '', role: 'admin' }));
    const problem = (await response.json()) as Problem;

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(problem).toMatchObject({ type: 'urn:onstream:problem:common.validation_failed', title: 'Bad Request', status: 400, code: 'COMMON.VALIDATION_FAILED' });
    expect(problem.detail).toEqual(expect.any(String));
    expect(new Set(problem.errors?.map((e) => e.field))).toEqual(new Set(['email', 'password', 'displayName', 'role']));
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await fetch(platform.url('/auth/signup'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).status).toBe(400);
  });

  it('answers an oversized body with 413', async () => {
    const response = await fetch(platform.url('/auth/signup'), json({ displayName: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('takes only small bodies on the account routes (AUTH_BODY_LIMIT_BYTES), the default elsewhere', async () => {
    const twentyKilobytes = 'x'.repeat(20 * 1024);
    const login = await fetch(platform.url('/auth/login'), json({ email: uniqueEmail(), password: twentyKilobytes }));
    expect(login.status).toBe(413);
    expect(login.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // The same size on a route under the default limit reaches validation instead.
    const events = await fetch(platform.url('/events'), json({ events: [], padding: twentyKilobytes }));
    expect(events.status).toBe(400);
  });

  it('answers an unknown route with 404', async () => {
    const response = await fetch(platform.url('/no/such/route'));
    expect(response.status).toBe(404);
    expect(((await response.json()) as Problem).code).toBe('COMMON.NOT_FOUND');
  });

  it('answers a taken e-mail with 409 and the service’s error code', async () => {
    const body = { email: uniqueEmail(), password: 'correct horse 9', displayName: 'Dup' };
    expect((await fetch(platform.url('/auth/signup'), json(body))).status).toBe(201);
    const response = await fetch(platform.url('/auth/signup'), json({ ...body, email: body.email.toUpperCase() }));
    expect(response.status).toBe(409);
    expect(((await response.json()) as Problem).code).toBe('USERS.EMAIL_TAKEN');
  });
});

describe('a service that is down', () => {
  it('gives 503 with Retry-After within the timeout while other routes work, and recovers by itself', async () => {
    const gatewayPid = platform.app('gateway').pid;
    await platform.app('users').stop();

    // Answered, not hung (a hang would end at the test's deadline); no duration asserted, it depends on the machine's load.
    const response = await fetch(platform.url('/auth/signup'), json({ email: uniqueEmail(), password: 'correct horse 9', displayName: 'Down' }));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(((await response.json()) as Problem).code).toBe('COMMON.SERVICE_UNAVAILABLE');

    const ready = await fetch(platform.url('/health/ready'));
    const report = (await ready.json()) as { services: Array<{ service: string; status: string }> };
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(report.services.find((s) => s.service === 'users')?.status).toBe('down');
    expect(report.services.find((s) => s.service === 'catalog')?.status).toBe('up');
    expect((await fetch(platform.url('/health/live'))).status).toBe(200);

    platform.app('users').start();
    const recovered = await waitFor('signup to work again', async () => {
      const retry = await fetch(platform.url('/auth/signup'), json({ email: uniqueEmail(), password: 'correct horse 9', displayName: 'Back' }));
      return retry.status === 201 ? retry.status : undefined;
    }, 30_000, 250);
    expect(recovered).toBe(201);
    expect(platform.app('gateway').pid).toBe(gatewayPid);
  });
});

describe('configuration', () => {
  it('stops a service at start with one line naming the bad variable', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/apps/users/main.js')], {
      env: { ...platform.env, MONGO_URL: 'mysql://nope' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe('Invalid configuration: MONGO_URL (must be a mongodb:// URL)');
  });
});

describe('HTTP edge', () => {
  it('sends security headers on every answer', async () => {
    const response = await fetch(platform.url('/health/live'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('grants CORS with credentials to a listed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(platform.url('/auth/signup'), { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const listed = await preflight(ALLOWED_ORIGIN);
    expect(listed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    const unlisted = await preflight('https://evil.example');
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
    expect(unlisted.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a repeated read with 304 when the ETag matches', async () => {
    const first = await fetch(platform.url('/health/ping/catalog'));
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    // One catalog replica answers, so the body (and its tag) is the same each time.
    const again = await fetch(platform.url('/health/ping/catalog'), { headers: { 'if-none-match': tag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves the Swagger UI and its assets under the security policy', async () => {
    const page = await fetch(`${platform.baseUrl}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const script = (await page.text()).match(/src="\.?\/?(docs\/)?([^"]*swagger-ui-bundle\.js)"/);
    expect(script).not.toBeNull();
    expect((await fetch(`${platform.baseUrl}/docs/${script?.[2] ?? ''}`)).status).toBe(200);
  });

  it('documents the problem+json answers and security of every operation', async () => {
    type Operation = { security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> };
    const document = (await (await fetch(`${platform.baseUrl}/docs-json`)).json()) as {
      components: { schemas: Record<string, unknown> };
      paths: Record<string, Record<string, Operation>>;
    };
    expect(document.components.schemas.Problem).toBeDefined();
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(3);
    for (const operation of operations) {
      expect(operation.security).toBeDefined();
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect(errors.map(([status]) => status)).toContain('503');
      for (const [, response] of errors) expect(Object.keys(response.content ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('compresses larger JSON for clients that accept it', async () => {
    const response = await fetch(`${platform.baseUrl}/docs-json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(((await response.json()) as { openapi: string }).openapi).toMatch(/^3\./);
  });
});

describe('HTTP edge, more', () => {
  const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId', 'errors'];

  it('sends the security headers on error answers too, and no internals in the body', async () => {
    const response = await fetch(platform.url('/no/such/route'));
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-site');
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).every((key) => PROBLEM_MEMBERS.includes(key))).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules|\bat \w+ \(/);
  });

  it('lets a listed origin read the answer with credentials and the headers clients need', async () => {
    const listed = await fetch(platform.url('/health/ping/users'), { headers: { origin: ALLOWED_ORIGIN } });
    expect(listed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(listed.headers.get('vary')).toMatch(/origin/i);
    const exposed = (listed.headers.get('access-control-expose-headers') ?? '').split(',').map((h) => h.trim().toLowerCase());
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'retry-after', 'etag', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']));

    const unlisted = await fetch(platform.url('/health/ping/users'), { headers: { origin: 'https://evil.example' } });
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
    expect(unlisted.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets caches keep public catalog reads briefly and revalidate them with If-None-Match', async () => {
    const first = await fetch(platform.url('/genres'));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toMatch(/authorization/i);
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\/"/);

    const again = await fetch(platform.url('/genres'), { headers: { 'if-none-match': tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await fetch(platform.url('/genres'), { headers: { 'if-none-match': 'W/"something-else"' } });
    expect(changed.status).toBe(200);

    // A signed-in read may be filtered for the caller's profile: only the caller's own cache may keep it.
    const signedIn = await fetch(platform.url('/genres'), { headers: new TestTokens(String(platform.env.JWT_SECRET)).header() });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('private, max-age=60');
  });

  it('never writes passwords or tokens into any app’s log', async () => {
    const password = `Secret-${Date.now()}-horse`;
    const bearer = `never-logged-${Date.now()}`;
    const requestId = `redaction-${Date.now()}`;
    const email = uniqueEmail();
    expect((await fetch(platform.url('/auth/signup'), json({ email, password, displayName: 'Redacted' }))).status).toBe(201);
    const login = await fetch(platform.url('/auth/login'), { ...json({ email, password }), headers: { 'content-type': 'application/json', 'x-request-id': requestId } });
    expect(login.status).toBe(403); // not verified yet; the password still went to the users service
    expect((await fetch(platform.url('/me'), { headers: { authorization: `Bearer ${bearer}` } })).status).toBe(401);

    await waitFor('the users log line of the login', async () => (platform.app('users').log().includes(`"requestId":"${requestId}"`) ? true : undefined));
    for (const app of platform.apps.values()) {
      const log = app.log();
      expect(log).not.toContain(password);
      expect(log).not.toContain(bearer);
    }
  });
});

describe('metrics', () => {
  const scrape = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();

  it('counts the gateway’s HTTP requests by route template and its NATS calls by pattern', async () => {
    await fetch(platform.url('/health/ping/users'));
    const text = await scrape(metricsPorts.gateway);
    expect(text).toMatch(/onstream_http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/health\/ping\/:service"[^}]*status="200"[^}]*\} [1-9]/);
    expect(text).toMatch(/onstream_nats_client_duration_seconds_count\{[^}]*service="users"[^}]*pattern="users.health.ping"[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('times the messages a service handles', async () => {
    await fetch(platform.url('/health/ping/users'));
    const text = await waitFor('users metrics', async () => {
      const body = await scrape(metricsPorts.users);
      return /onstream_nats_handler_duration_seconds_count\{[^}]*pattern="users.health.ping"[^}]*\} [1-9]/.test(body) ? body : undefined;
    });
    expect(text).toContain('service="users"');
  });
});
