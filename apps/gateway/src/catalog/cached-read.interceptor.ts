import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from '@onstream/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, map, of, switchMap, type Observable } from 'rxjs';
import { CatalogResponseCache, type CachedReadKind } from './catalog-cache.js';

const CACHED_READ = 'onstream:cached-read';
export const CACHE_HEADER = 'x-cache';

/** Serve this GET from the catalog cache (and fill it); the response says HIT or MISS in X-Cache. */
export const CachedRead = (kind: CachedReadKind) => SetMetadata(CACHED_READ, kind);

@Injectable()
export class CachedReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly cache: CatalogResponseCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kind = this.reflector.get<CachedReadKind | undefined>(CACHED_READ, context.getHandler());
    if (!kind) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: AuthUser }>();
    const reply = http.getResponse<FastifyReply>();
    const key = this.cache.keyOf(request.url, request.user);
    // Browsers and CDNs may keep a public read briefly (then revalidate with If-None-Match); a
    // signed-in read can differ by profile (kid filtering), so only the caller's own cache may keep it.
    void reply.header('cache-control', `${request.user ? 'private' : 'public'}, max-age=${this.cache.httpMaxAgeSeconds}`).header('vary', 'authorization');
    return from(this.cache.get<unknown>(key)).pipe(
      switchMap((cached) => {
        if (cached !== undefined) {
          void reply.header(CACHE_HEADER, 'HIT');
          return of(cached);
        }
        void reply.header(CACHE_HEADER, 'MISS');
        // Stored before answering, so the next identical read is a hit.
        return next.handle().pipe(switchMap((body) => from(this.cache.set(key, body, kind)).pipe(map(() => body))));
      }),
    );
  }
}
