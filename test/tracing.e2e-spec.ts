import { randomBytes } from 'node:crypto';
import { call, jsonBody } from './support/http.js';
import { OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

const SERVER = 2; // OTLP SpanKind
const CLIENT = 3;
const platform = new Platform();
const receiver = new OtlpReceiver();

beforeAll(async () => {
  await receiver.start();
  await platform.start({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } });
});
afterAll(async () => {
  await platform.stop();
  await receiver.stop();
});

/** Waits until the trace holds the gateway's HTTP span, its NATS call and the service's handling. */
async function traceOf(traceId: string, pattern: string): Promise<{ http: ReceivedSpan; send: ReceivedSpan; handled: ReceivedSpan }> {
  return waitFor(`spans of trace ${traceId}`, async () => {
    const spans = receiver.inTrace(traceId);
    const http = spans.find((s) => s.service === 'gateway' && s.kind === SERVER);
    const send = spans.find((s) => s.service === 'gateway' && s.kind === CLIENT && s.name === `send ${pattern}`);
    const handled = spans.find((s) => s.service !== 'gateway' && s.kind === SERVER && s.name === pattern);
    return http && send && handled ? { http, send, handled } : undefined;
  }, 30_000, 200);
}

describe('OpenTelemetry traces', () => {
  it('continues the caller’s trace from the gateway over NATS into the service', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const answer = await call(platform.url('/health/ping/users'), { headers: { traceparent: `00-${traceId}-${callerSpanId}-01` } });
    expect(answer.status).toBe(200);

    const { http, send, handled } = await traceOf(traceId, 'users.health.ping');
    expect(http).toMatchObject({ name: 'GET /api/v1/health/ping/:service', parentSpanId: callerSpanId });
    expect(http.attributes).toMatchObject({ 'http.route': '/api/v1/health/ping/:service', 'http.response.status_code': 200 });
    expect(send.parentSpanId).toBe(http.spanId);
    expect(handled).toMatchObject({ service: 'users', parentSpanId: send.spanId });
    expect(handled.attributes['onstream.request_id']).toBe(answer.headers.get('x-request-id'));
  });

  it('starts a trace for a caller that sends none, shared by the gateway and the service', async () => {
    const requestId = `trace-${randomBytes(6).toString('hex')}`;
    const answer = await call(platform.url('/auth/signup'), jsonBody('POST', { email: `t-${randomBytes(5).toString('hex')}@example.com`, password: 'correct horse 9', displayName: 'Traced' }, { 'x-request-id': requestId }));
    expect(answer.status).toBe(201);

    const http = await waitFor('the gateway span of the sign-up', async () => receiver.spans.find((s) => s.service === 'gateway' && s.kind === SERVER && s.attributes['onstream.request_id'] === requestId));
    expect(http.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(http.parentSpanId).toBe('');
    const { handled } = await traceOf(http.traceId, 'users.account.register');
    expect(handled.service).toBe('users');
    expect(handled.attributes['onstream.request_id']).toBe(requestId);
  });
});
