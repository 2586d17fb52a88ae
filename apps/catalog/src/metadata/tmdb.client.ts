import { Logger } from '@nestjs/common';
import type { TitleInput } from '@onstream/common';
import pLimit, { type LimitFunction } from 'p-limit';
import pRetry, { AbortError } from 'p-retry';
import { setTimeout as delay } from 'node:timers/promises';
import type { WatchProvidersEntry } from '@onstream/common/schemas/title.schema.js';
import { MetadataProviderError, type ImageSizeSet, type MetadataProvider, type ProviderListItem, type ProviderMediaType, type ProviderSeason, type ProviderSeries } from './metadata-provider.js';
import { mapImageSizes, mapListItem, mapTmdbSeason, mapTmdbSeries, mapWatchProviders } from './tmdb-tv.mapper.js';
import { mapTmdbMovie } from './tmdb.mapper.js';
import type { TmdbConfiguration, TmdbListItem, TmdbMovie, TmdbPage, TmdbSeason, TmdbTv, TmdbWatchProviders } from './tmdb.types.js';

export interface TmdbClientOptions {
  /** e.g. https://api.themoviedb.org/3 */
  baseUrl: string;
  /** v3 API key (sent as `api_key`), or … */
  apiKey?: string;
  /** … a v4 read access token (sent as a bearer token); preferred when both are set. */
  accessToken?: string;
  /** Requests in flight at once (TMDb allows ~50 req/s; stay well under). */
  concurrency: number;
  timeoutMs: number;
  retries: number;
  /** First backoff step; doubles per attempt. */
  minBackoffMs: number;
  /** A Retry-After longer than this is capped, so one bad header cannot stall an import for hours. */
  maxRetryAfterMs: number;
  /** How to wait out a Retry-After; injectable so tests can see the wait without spending it. */
  sleep?: (ms: number) => Promise<void>;
}

/** A 429 or 5xx worth retrying; carries TMDb's Retry-After when it sent one. */
class RetryableResponse extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
  ) {
    super(`TMDb answered ${status}`);
  }
}

/**
 * TMDb v3 client: bounded concurrency (p-limit), retries with exponential backoff (p-retry) on
 * 429, 5xx, timeouts and network errors, honouring Retry-After on 429; 404 means "unknown"
 * and 401 stops at once. Answers in our title model.
 */
export class TmdbClient implements MetadataProvider {
  readonly name = 'tmdb';
  private readonly logger = new Logger(TmdbClient.name);
  private readonly limit: LimitFunction;

  constructor(private readonly options: TmdbClientOptions) {
    if (!options.apiKey && !options.accessToken) throw new Error('TmdbClient needs an API key or an access token');
    this.limit = pLimit(options.concurrency);
  }

  async movie(tmdbId: number): Promise<TitleInput | null> {
    const movie = await this.get<TmdbMovie>(`/movie/${tmdbId}`, { append_to_response: 'credits,release_dates,keywords,videos,external_ids' });
    return movie ? mapTmdbMovie(movie) : null;
  }

  async series(tmdbId: number): Promise<ProviderSeries | null> {
    const tv = await this.get<TmdbTv>(`/tv/${tmdbId}`, { append_to_response: 'credits,content_ratings,keywords,videos,external_ids' });
    return tv ? mapTmdbSeries(tv) : null;
  }

  async season(seriesTmdbId: number, seasonNumber: number): Promise<ProviderSeason | null> {
    const season = await this.get<TmdbSeason>(`/tv/${seriesTmdbId}/season/${seasonNumber}`);
    return season ? mapTmdbSeason(season) : null;
  }

  async watchProviders(mediaType: ProviderMediaType, tmdbId: number): Promise<WatchProvidersEntry[]> {
    const data = await this.get<TmdbWatchProviders>(`/${mediaType}/${tmdbId}/watch/providers`);
    return data ? mapWatchProviders(data) : [];
  }

  /** Movies and series only: people also trend on TMDb. */
  async trending(window: 'day' | 'week'): Promise<ProviderListItem[]> {
    const page = await this.get<TmdbPage<TmdbListItem>>(`/trending/all/${window}`);
    return (page?.results ?? []).flatMap((item) => (item.media_type === 'movie' || item.media_type === 'tv' ? [mapListItem(item, item.media_type)] : []));
  }

  async popularMovies(pageNumber: number): Promise<ProviderListItem[]> {
    const page = await this.get<TmdbPage<TmdbListItem>>('/movie/popular', { page: String(pageNumber) });
    return (page?.results ?? []).map((item) => mapListItem(item, 'movie'));
  }

  async imageSizes(): Promise<ImageSizeSet> {
    const configuration = await this.get<TmdbConfiguration>('/configuration');
    if (!configuration) throw new MetadataProviderError('TMDb has no /configuration', 404);
    return mapImageSizes(configuration);
  }

  /** GET a TMDb path; null on 404. */
  async get<T>(path: string, query: Record<string, string> = {}): Promise<T | null> {
    const url = new URL(`${this.options.baseUrl}${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    if (!this.options.accessToken && this.options.apiKey) url.searchParams.set('api_key', this.options.apiKey);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.accessToken) headers.authorization = `Bearer ${this.options.accessToken}`;

    return this.limit(() =>
      pRetry(() => this.attempt<T>(url, headers), {
        retries: this.options.retries,
        minTimeout: this.options.minBackoffMs,
        factor: 2,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          this.logger.warn({ msg: 'TMDb request failed', path, attemptNumber, retriesLeft, err: error.message });
          if (error instanceof RetryableResponse && error.retryAfterMs !== null && retriesLeft > 0) {
            await (this.options.sleep ?? delay)(Math.min(error.retryAfterMs, this.options.maxRetryAfterMs));
          }
        },
      }).catch((error: unknown) => {
        if (error instanceof MetadataProviderError) throw error;
        const status = error instanceof RetryableResponse ? error.status : null;
        throw new MetadataProviderError(`TMDb ${path} failed after ${this.options.retries + 1} attempts: ${error instanceof Error ? error.message : String(error)}`, status);
      }),
    );
  }

  private async attempt<T>(url: URL, headers: Record<string, string>): Promise<T | null> {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      // Timeouts and network failures are worth another attempt; the cause may be a DOMException from another realm.
      throw new Error(`TMDb request failed: ${error instanceof Error || error instanceof DOMException ? error.message : String(error)}`);
    }
    if (response.ok) return (await response.json()) as T;
    // Drain the body so the connection can be reused.
    const body = await response.text();
    if (response.status === 404) return null;
    if (response.status === 429 || response.status >= 500) throw new RetryableResponse(response.status, retryAfterMs(response.headers.get('retry-after')));
    throw new AbortError(new MetadataProviderError(`TMDb answered ${response.status}: ${body.slice(0, 200)}`, response.status));
  }
}

/** Retry-After in seconds or as an HTTP date → milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
