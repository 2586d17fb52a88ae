import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import {
  contextWithSpan,
  endSpan,
  extractTraceContext,
  httpRequestDuration,
  metricsCollecting,
  REQUEST_ID_HEADER,
  runInRequestContext,
  SpanKind,
  startSpan,
  tracingEnabled,
  type Context,
  type Span,
} from '@onstream/common';

const headerGetter = {
  keys: (headers: FastifyRequest['headers']) => Object.keys(headers),
  get: (headers: FastifyRequest['headers'], key: string) => headers[key],
};

/**
 * Binds each request's id (and, with tracing on, its server span) to its async flow and echoes the
 * id back. The context is bound twice because body parsing can leave the context of onRequest;
 * preHandler runs right before the route. The span continues a caller's `traceparent`.
 */
export function registerRequestContext(fastify: FastifyInstance, logger: Logger): void {
  const spans = new WeakMap<FastifyRequest, { span: Span; context: Context }>();
  // The access-log line holds only the fields below (the route template, never the URL or headers):
  // nothing to redact, and redaction walks every redacted path on each line (~2 % of the gateway's CPU).
  const accessLog = logger.child({}, { redact: [] });
  const traced = tracingEnabled();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    if (!traced) return runInRequestContext(request.id, done);
    const parent = extractTraceContext(request.headers, headerGetter);
    const route = request.routeOptions.url ?? 'unmatched';
    const span = startSpan(`${request.method} ${route}`, SpanKind.SERVER, parent, {
      'http.request.method': request.method,
      'http.route': route,
      'onstream.request_id': request.id,
    });
    if (!span) return runInRequestContext(request.id, done);
    const context = contextWithSpan(parent, span);
    spans.set(request, { span, context });
    runInRequestContext(request.id, done, context);
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    runInRequestContext(request.id, done, spans.get(request)?.context);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (metricsCollecting()) httpRequestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    const traced = spans.get(request);
    if (traced) {
      traced.span.setAttribute('http.response.status_code', reply.statusCode);
      endSpan(traced.span, reply.statusCode >= 500 ? `HTTP ${reply.statusCode}` : undefined);
    }
    accessLog.info({
      msg: 'request completed',
      requestId: request.id,
      method: request.method,
      route,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
    });
    done();
  });
}
