import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../gateway.config.js';
import { API_PREFIX } from './openapi.js';

/** How long the gateway keeps reading (and discarding) a refused body so its client can read the answer. */
export const REFUSED_BODY_LINGER_MS = 5_000;

/**
 * Body limits per route family, set as each route is registered: the account routes under /auth
 * (v1's and seed 004's root /auth) take only small bodies; every other route keeps the adapter's BODY_LIMIT_BYTES, and routes that
 * set their own limit (uploads) keep theirs.
 */
export function registerBodyLimits(fastify: FastifyInstance, config: GatewayConfig): void {
  const authPrefixes = [`/${API_PREFIX}/auth/`, '/auth/'];
  fastify.addHook('onRoute', (route) => {
    if (route.bodyLimit === undefined && authPrefixes.some((prefix) => route.url.startsWith(prefix))) route.bodyLimit = config.AUTH_BODY_LIMIT_BYTES;
  });
  registerLingeringRefusals(fastify);
}

/**
 * A body refused before it was read (too large, unparsable) is answered while its client is still sending.
 * Fastify then closes the connection at once, and closing a socket with unread bytes sends a reset that can
 * reach the client before it has read the answer: it sees a broken connection instead of the 413 problem.
 * So the gateway keeps the connection, lets Node read and discard the rest of the body, and closes only a
 * client still sending after REFUSED_BODY_LINGER_MS (nginx's lingering close).
 */
export function registerLingeringRefusals(fastify: FastifyInstance, lingerMs = REFUSED_BODY_LINGER_MS): void {
  // A callback hook, not an async one: it runs on every response, and most only pass through.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const incoming = request.raw;
    if (!incoming.complete && reply.statusCode >= 400 && reply.getHeader('connection') === 'close') {
      reply.removeHeader('connection');
      const socket = incoming.socket;
      const timer = setTimeout(() => socket.destroy(), lingerMs);
      timer.unref();
      const stop = () => clearTimeout(timer);
      incoming.once('end', stop);
      socket.once('close', stop);
    }
    done(null, payload);
  });
}
