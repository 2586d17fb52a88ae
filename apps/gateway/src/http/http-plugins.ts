import compress from '@fastify/compress';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '../gateway.config.js';

/**
 * The HTTP edge's protections and niceties: security headers, a CORS allowlist, compression of
 * larger JSON, and ETags (a matching If-None-Match gets 304 without a body).
 */
export async function registerHttpPlugins(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  await app.register(helmet, {
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
  const allowed = new Set(config.corsOrigins);
  app.enableCors({
    // Unlisted origins get no CORS headers at all, so browsers refuse them; listed ones may send credentials.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after', 'etag', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
    maxAge: 600,
  });
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await app.register(etag, { weak: true });
}
