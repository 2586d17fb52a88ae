import { applyDecorators, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser, ViewingPolicyResponse } from '@onstream/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import { ViewerCountry } from '../http/viewer-country.js';
import { LivePartsOfRoute, type AskedLiveParts } from '../live-figures/live-parts.js';
import { ANY_TITLE_TAG, CatalogResponseCache, titleTag, type CachedReadKind, type PageInvalidation } from './catalog-cache.js';
import { StoredPage } from './stored-page.js';
import { isRestrictedViewer } from './viewing-policy.interceptor.js';

const CACHED_READ = 'onstream:cached-read';
const INVALIDATION = 'onstream:cached-read:invalidation';
const VARIES_BY_COUNTRY = 'onstream:cached-read:varies-by-country';
export const CACHE_HEADER = 'x-cache';

/**
 * Serve this GET from the catalog cache (and fill it); the response says HIT or MISS in X-Cache.
 * Either way the answer is sent as bytes serialised once (StoredPage), with the route's live parts
 * spliced in and an ETag worked out from the stored bytes, not from the whole answer.
 */
export const CachedRead = (kind: CachedReadKind, invalidation: PageInvalidation = 'any-title') => applyDecorators(SetMetadata(CACHED_READ, kind), SetMetadata(INVALIDATION, invalidation));

const OBJECT_ID = /^[a-f0-9]{24}$/;
const TITLE_ID_KEYS = new Set(['id', 'parentId']);

/** The ids of the titles a page shows (itself, its parent, children, similar titles): the tags its cached copy is filed under. */
export function titlesShown(body: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(body)) {
    for (const value of body) titlesShown(value, into);
  } else if (body !== null && typeof body === 'object') {
    for (const [name, value] of Object.entries(body)) {
      if (typeof value === 'string') {
        if (TITLE_ID_KEYS.has(name) && OBJECT_ID.test(value)) into.add(value);
      } else {
        titlesShown(value, into);
      }
    }
  }
  return into;
}

/** The answer depends on the viewer's geo country when the URL names none: cache it per country. */
export const VariesByCountry = () => SetMetadata(VARIES_BY_COUNTRY, true);

const queryOf = (request: FastifyRequest) => (request.query ?? {}) as Record<string, unknown>;
/** `myServices=true` answers from the caller's household: never shared through the cache. */
const isPersonal = (request: FastifyRequest) => queryOf(request).myServices === 'true';
/** A provider filter without a country takes the viewer's geo country. */
const takesGeoCountry = (request: FastifyRequest) => queryOf(request).providers !== undefined && queryOf(request).country === undefined;

@Injectable()
export class CachedReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly cache: CatalogResponseCache,
    private readonly country: ViewerCountry,
    private readonly liveParts: LivePartsOfRoute,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kind = this.reflector.get<CachedReadKind | undefined>(CACHED_READ, context.getHandler());
    if (!kind) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: AuthUser; viewingPolicy?: ViewingPolicyResponse }>();
    const reply = http.getResponse<FastifyReply>();
    const live = this.liveParts.ask(context);
    const answer = (page: StoredPage) => this.answer(reply, page, live);
    if (isPersonal(request)) return next.handle().pipe(switchMap((body) => answer(StoredPage.of(body, live?.keys))));
    if (isRestrictedViewer(request.user) && !request.viewingPolicy) throw new Error('CachedReadInterceptor needs ViewingPolicyInterceptor before it');
    const byCountry = this.reflector.get<boolean | undefined>(VARIES_BY_COUNTRY, context.getHandler()) === true || takesGeoCountry(request);
    const key = `${this.cache.keyOf(request.url, request.user, request.viewingPolicy)}${byCountry ? `#geo=${this.country.of(request) ?? '-'}` : ''}`;
    // Browsers and CDNs may keep a public read briefly (then revalidate with If-None-Match); a
    // signed-in read can differ by profile (kid filtering), so only the caller's own cache may keep it.
    void reply.header('cache-control', `${request.user ? 'private' : 'public'}, max-age=${this.cache.httpMaxAgeSeconds}`).header('vary', 'authorization');
    const invalidation = this.reflector.get<PageInvalidation>(INVALIDATION, context.getHandler());
    return from(this.cache.lookup(key)).pipe(
      switchMap(({ page: cached, epoch }) => {
        if (cached !== undefined) {
          void reply.header(CACHE_HEADER, 'HIT');
          return answer(cached);
        }
        void reply.header(CACHE_HEADER, 'MISS');
        return next.handle().pipe(
          switchMap(async (body) => {
            const page = StoredPage.of(body, live?.keys);
            const tags = invalidation === 'shown-titles' ? [...titlesShown(body)].map(titleTag) : [ANY_TITLE_TAG];
            // Stored before answering, so the next identical read is a hit.
            await this.cache.set(key, page, kind, epoch, tags);
            return answer(page);
          }),
        );
      }),
    );
  }

  /** The bytes to send, typed as JSON and tagged (a matching If-None-Match then gets 304 from @fastify/etag). */
  private async answer(reply: FastifyReply, page: StoredPage, live: AskedLiveParts | undefined): Promise<Buffer> {
    const sent = live ? page.withLiveParts(await live.values) : page;
    void reply.header('content-type', 'application/json; charset=utf-8').header('etag', sent.etag);
    return sent.body;
  }
}
