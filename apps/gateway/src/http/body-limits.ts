import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../gateway.config.js';
import { API_PREFIX } from './openapi.js';

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
}
