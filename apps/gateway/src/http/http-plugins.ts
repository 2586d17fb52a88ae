import compress from '@fastify/compress';
import etag from '@fastify/etag';
import { hash } from 'node:crypto';
import helmet, { type HelmetOptions } from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyCorsOptions as CorsOptions, FastifyCorsOptionsDelegateCallback } from '@fastify/cors';
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
  app.enableCors({ delegator: corsPolicy(config) });
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  // One-shot hashing: a quarter of createHash()'s cost on the small bodies most answers have.
  await app.register(etag, { weak: true, hashFn: (payload) => hash('sha1', payload, 'base64') });
}

const API_EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'etag', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

/**
 * Two CORS policies. Playback files (`/api/v1/playback/...`: playlists, keys, segment redirects)
 * carry their grant in the URL and the viewer's access token in an `Authorization` header (a
 * header, not a credential in the CORS sense), so any origin may fetch them, never with
 * credentials: a player page on any site works and no cookie is ever involved. The rest of
 * the API answers only the CORS_ORIGINS allowlist (with credentials); unlisted origins get no CORS
 * headers at all.
 */
export function corsPolicy(config: GatewayConfig): FastifyCorsOptionsDelegateCallback {
  const allowed = new Set(config.corsOrigins);
  const playback: CorsOptions = { origin: '*', credentials: false, methods: ['GET', 'HEAD'], allowedHeaders: ['range', 'authorization'], exposedHeaders: ['x-request-id', 'retry-after', 'content-length', 'content-range'], maxAge: 600 };
  const api: CorsOptions = {
    origin: (origin: string | undefined, callback: (error: Error | null, allow: boolean) => void) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    exposedHeaders: API_EXPOSED_HEADERS,
    maxAge: 600,
  };
  return (request, callback) => callback(null, request.url.startsWith(`/${API_PREFIX}/playback/`) ? playback : api);
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
