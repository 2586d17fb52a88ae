import compress from '@fastify/compress';
import etag from '@fastify/etag';
import { hash } from 'node:crypto';
import helmet, { type HelmetOptions } from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyCorsOptions as CorsOptions } from '@fastify/cors';
import type { GatewayConfig } from '../gateway.config.js';
import { API_PREFIX } from './openapi.js';

/**
 * The HTTP edge's protections and niceties: security headers, a CORS allowlist, compression of
 * larger JSON, and ETags (a matching If-None-Match gets 304 without a body).
 */
export async function registerHttpPlugins(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  const securityHeaders = helmetHeaders({
    // JSON needs no scripts; only the Swagger UI page at /docs runs its own inline bootstrap.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  app.getHttpAdapter().getInstance().addHook('onRequest', (_request, reply, done) => {
    void reply.headers(securityHeaders);
    done();
  });
  registerCors(app, config);
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  // One-shot hashing: a quarter of createHash()'s cost on the small bodies most answers have.
  await app.register(etag, { weak: true, hashFn: (payload) => hash('sha1', payload, 'base64') });
}

const API_EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'etag', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

/** Where the playback files are served: grant-checked URLs a player on any site fetches. */
export const PLAYBACK_PATH_PREFIX = `/${API_PREFIX}/playback/`;

/**
 * Two CORS policies. Playback files (`/api/v1/playback/...`: playlists, keys, segment redirects)
 * carry their grant in the URL and the viewer's access token in an `Authorization` header (a
 * header, not a credential in the CORS sense), so any origin may fetch them, never with
 * credentials: a player page on any site works and no cookie is ever involved. The rest of
 * the API answers only the CORS_ORIGINS allowlist (with credentials); unlisted origins get no CORS
 * headers at all.
 */
function corsPolicies(config: GatewayConfig): { api: CorsOptions; playback: CorsOptions } {
  const allowed = new Set(config.corsOrigins);
  return {
    api: {
      origin: (origin: string | undefined, callback: (error: Error | null, allow: boolean) => void) => callback(null, origin !== undefined && allowed.has(origin)),
      credentials: true,
      exposedHeaders: API_EXPOSED_HEADERS,
      maxAge: 600,
    },
    playback: { origin: '*', credentials: false, methods: ['GET', 'HEAD'], allowedHeaders: ['range', 'authorization'], exposedHeaders: ['x-request-id', 'retry-after', 'content-length', 'content-range'], maxAge: 600 },
  };
}

/**
 * The API policy is the plugin's own; each playback route carries the playback policy in its route
 * config (@fastify/cors lays a route's `config.cors` over the plugin's options), set as the route is
 * added, and preflights under the playback path have a route of their own that carries it too (a
 * GET of an unknown path there answers 404 under the API policy).
 * Options chosen per request by a delegator were normalised again on every request (~2 % of the
 * gateway's CPU in the ping's profile).
 */
export function registerCors(app: NestFastifyApplication, config: GatewayConfig): void {
  const { api, playback } = corsPolicies(config);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    if (route.url.startsWith(PLAYBACK_PATH_PREFIX)) route.config = { ...route.config, cors: playback };
  });
  // The CORS hook answers a preflight itself; anything else that reaches this route is no preflight.
  fastify.options(`${PLAYBACK_PATH_PREFIX}*`, (_request, reply) => reply.callNotFound());
  app.enableCors(api);
}

/**
 * The headers helmet sets, worked out once. With static options they are the same on every
 * answer, so there is no need to run helmet per request (@fastify/helmet builds its middleware
 * anew on each request, which a profile showed at ~4 % of the gateway's CPU).
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}
