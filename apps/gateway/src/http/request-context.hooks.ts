import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { httpRequestDuration, REQUEST_ID_HEADER, runInRequestContext } from '@onstream/common';

/**
 * Binds each request's id to its async flow and echoes it back. The id is bound twice because
 * body parsing can leave the context of onRequest; preHandler runs right before the route.
 */
export function registerRequestContext(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    runInRequestContext(request.id, done);
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    runInRequestContext(request.id, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    logger.info({
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
