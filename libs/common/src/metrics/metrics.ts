import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

// Buckets from 1 ms to 10 s: NATS round trips sit at the low end, slow stores at the high end.
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** HTTP requests at the gateway, by route template (never the raw URL, which is unbounded). */
export const httpRequestDuration = new Histogram({
  name: 'onstream_http_request_duration_seconds',
  help: 'HTTP requests handled by the gateway',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
});

/** Request/reply calls made to a service, as the caller saw them. */
export const natsClientDuration = new Histogram({
  name: 'onstream_nats_client_duration_seconds',
  help: 'NATS request/reply calls to services, by pattern and outcome (ok, error, unavailable)',
  labelNames: ['service', 'pattern', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
});

/** Messages handled by a service. */
export const natsHandlerDuration = new Histogram({
  name: 'onstream_nats_handler_duration_seconds',
  help: 'NATS messages handled by this service, by pattern and outcome',
  labelNames: ['pattern', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
});

export const circuitOpen = new Gauge({
  name: 'onstream_circuit_open',
  help: '1 while the circuit breaker to a service is open',
  labelNames: ['service'] as const,
});

export const eventsHandled = new Counter({
  name: 'onstream_events_handled_total',
  help: 'JetStream events handled by durable consumers, by consumer and outcome',
  labelNames: ['consumer', 'outcome'] as const,
});

/** Secrets (password, kid PIN, pairing code) actually compared, after the attempt limit let the try through. */
export const secretChecks = new Counter({
  name: 'onstream_secret_checks_total',
  help: 'Secrets actually evaluated (password, pin, pairing-code), after attempt limits',
  labelNames: ['kind'] as const,
});

/** Messages refused before their handler ran (ADR 0020): caller's deadline passed, or too much in flight. */
export const admissionRefusals = new Counter({
  name: 'onstream_admission_refusals_total',
  help: 'Request/reply messages refused before their handler ran, by reason (deadline, overloaded)',
  labelNames: ['reason'] as const,
});

/** Requests the gateway refused because the rate limiter's Redis did not answer (a timeout or a lost connection). */
export const rateLimitUnchecked = new Counter({
  name: 'onstream_rate_limit_unchecked_total',
  help: 'Requests refused with 503 because their rate limit could not be checked',
});

export const inFlightMessages = new Gauge({
  name: 'onstream_in_flight_messages',
  help: 'Request/reply handlers running now (bounded by MAX_IN_FLIGHT)',
});

let collecting = false;

/** Whether this process records metrics: only when it serves them (METRICS_PORT ≠ 0), so "off" costs nothing. */
export function metricsCollecting(): boolean {
  return collecting;
}

/**
 * Serves this process's metrics for Prometheus on a port of its own (not the public API), so
 * every app, including the NATS-only services, exposes `/metrics` the same way.
 */
export async function startMetricsServer(service: string, host: string, port: number): Promise<Server | undefined> {
  if (port === 0) return undefined;
  collecting = true;
  register.setDefaultLabels({ service });
  collectDefaultMetrics();
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    register.metrics().then(
      (body) => response.writeHead(200, { 'content-type': register.contentType }).end(body),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  // A port that cannot be bound fails the start, like a bad config value, instead of going unnoticed.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  server.unref();
  return server;
}
