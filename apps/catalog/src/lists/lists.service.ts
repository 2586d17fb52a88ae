import { Injectable } from '@nestjs/common';
import {
  Clock, BROWSABLE_TITLE_TYPES, DomainError, ErrorCodes, type CategoriesRequest, type CategoriesResponse, type FeedRequest, type FeedResponse,
  type GenreListResponse, type GenreTitlesRequest, type ListTitlesRequest, type TitleSummaryPage,
} from '@onstream/common';
import { GenresService } from '../genres/genres.service.js';
import { maturityCeiling } from '../titles/maturity.js';
import { TitleMapper, type SummarySource } from '../titles/title.mapper.js';
import type { TitleListFilter, TitleOrder } from '../titles/titles.repository.js';
import { TitleBrowseIndex, type BrowsedTitle } from '../browse/title-browse-index.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { TrendingBoard } from '../trending/trending-board.js';

/** Titles newer than this many days count as "new". */
const NEW_RELEASE_WINDOW_DAYS = 3 * 365;

/** Builds the repository filter of a list request; refuses ranges that cannot match anything. */
export function listFilterOf(request: ListTitlesRequest): TitleListFilter {
  if (request.yearFrom !== undefined && request.yearTo !== undefined && request.yearFrom > request.yearTo) {
    throw new DomainError(ErrorCodes.CatalogInvalidRange, 400, 'yearFrom must not be after yearTo.');
  }
  if (request.ratingMin !== undefined && request.ratingMax !== undefined && request.ratingMin > request.ratingMax) {
    throw new DomainError(ErrorCodes.CatalogInvalidRange, 400, 'ratingMin must not be above ratingMax.');
  }
  return {
    types: request.type ? [request.type] : BROWSABLE_TITLE_TYPES,
    genres: request.genre,
    yearFrom: request.yearFrom,
    yearTo: request.yearTo,
    language: request.language,
    ratingMin: request.ratingMin,
    ratingMax: request.ratingMax,
    certificationKey: request.certification ? (request.certification.includes(':') ? request.certification : `US:${request.certification}`) : undefined,
    maxMaturityRank: maturityCeiling(request.actor),
    providerKeys: providerKeysOf(request),
  };
}

/** `providers` + `country` → the keys stored on titles (`DE:8`); providers without a country cannot match. */
export function providerKeysOf(request: { providers?: number[]; country?: string }): string[] | undefined {
  if (!request.providers) return undefined;
  if (!request.country) throw new DomainError(ErrorCodes.CatalogCountryRequired, 400, 'A provider filter needs a country (?country=DE).');
  const { country } = request;
  return request.providers.map((providerId) => `${country}:${providerId}`);
}

export function listOrderOf(request: ListTitlesRequest): TitleOrder {
  return { sort: request.sort, order: request.order ?? (request.sort === 'title' ? 'asc' : 'desc') };
}

/** Paginated lists, feeds (popular, trending, new, featured) and genre rows. */
@Injectable()
export class ListsService {
  constructor(
    private readonly browse: TitleBrowseIndex,
    private readonly genres: GenresService,
    private readonly mapper: TitleMapper,
    private readonly clock: Clock,
    private readonly viewers: ViewerScopes,
    private readonly trending: TrendingBoard,
  ) {}

  async list(request: ListTitlesRequest): Promise<TitleSummaryPage> {
    const filter = listFilterOf(request);
    const scope = await this.viewers.scopeOf(request);
    const { items, total } = this.browse.page({ ...filter, ...scope }, listOrderOf(request), (request.page - 1) * request.limit, request.limit);
    return {
      items: items.map((title) => this.mapper.summary(title)),
      meta: { page: request.page, limit: request.limit, total, totalPages: Math.ceil(total / request.limit) },
    };
  }

  async byGenre(request: GenreTitlesRequest): Promise<TitleSummaryPage> {
    const genre = await this.genres.findBySlug(request.slug);
    if (!genre) throw new DomainError(ErrorCodes.CatalogGenreNotFound, 404, `There is no genre "${request.slug}".`);
    return this.list({ ...request, genre: [genre.name] });
  }

  /**
   * Feeds, all from in-memory structures (browse index, trending board). Trending reads one path:
   * analytics' scores when they cover enough titles, else TMDb's trending ranks stored by the
   * nightly refresh, else popularity among recent releases; `source` says which.
   */
  async feed(request: FeedRequest): Promise<FeedResponse> {
    const base: TitleListFilter = {
      types: request.type ? [request.type] : BROWSABLE_TITLE_TYPES,
      ...(await this.viewers.scopeOf(request)),
      ...(request.genre && { genres: [request.genre] }),
    };
    const popular: TitleOrder = { sort: 'popularity', order: 'desc' };
    const summaries = (titles: SummarySource[]) => titles.map((title) => this.mapper.summary(title));
    switch (request.feed) {
      case 'popular':
        return { items: summaries(this.browse.top(base, popular, request.limit)), source: 'popularity' };
      case 'trending': {
        const measured = this.trending.analytics(request.window, base, request.limit);
        if (measured) return { items: summaries(measured), source: `analytics:${request.window}` };
        const fromTmdb = this.trending.tmdb(request.window, base, request.limit);
        if (fromTmdb.length > 0) return { items: summaries(fromTmdb), source: `tmdb:${request.window}` };
        const thisYear = this.clock.now().getUTCFullYear();
        const newest = this.browse.top({ ...base, yearTo: thisYear }, { sort: 'releaseDate', order: 'desc' }, 1);
        const latestYear = newest[0]?.releaseYear ?? thisYear;
        // Day: the latest year of releases; week: the latest three. Relative to the catalog, so an old seed still trends.
        const yearFrom = latestYear - (request.window === 'day' ? 0 : 2);
        return { items: summaries(this.browse.top({ ...base, yearFrom, yearTo: thisYear }, popular, request.limit)), source: `popularity-fallback:${request.window}` };
      }
      case 'new': {
        const now = this.clock.now();
        const since = new Date(now.getTime() - NEW_RELEASE_WINDOW_DAYS * 86_400_000);
        const newest = { sort: 'releaseDate', order: 'desc' } as const;
        const recent = this.browse.top({ ...base, yearFrom: since.getUTCFullYear(), yearTo: now.getUTCFullYear() }, newest, request.limit);
        // An old catalog has nothing from the last years: show its newest releases instead of nothing.
        const items: BrowsedTitle[] = recent.length > 0 ? recent : this.browse.top({ ...base, yearTo: now.getUTCFullYear() }, newest, request.limit);
        return { items: summaries(items), source: 'release-date' };
      }
      case 'featured': {
        const featured = this.browse.top({ ...base, featured: true }, popular, request.limit);
        if (featured.length > 0) return { items: summaries(featured), source: 'staff-picks' };
        return { items: summaries(this.browse.top(base, popular, request.limit)), source: 'popularity-fallback' };
      }
    }
  }

  async listGenres(): Promise<GenreListResponse> {
    return { items: await this.genres.list() };
  }

  /** Home-page rows: the largest genres, each with its most popular titles, in one call. */
  async categories(request: CategoriesRequest): Promise<CategoriesResponse> {
    const genres = (await this.genres.list()).slice(0, request.rows);
    const scope = await this.viewers.scopeOf(request);
    const rows = await Promise.all(
      genres.map(async (genre) => ({
        genre,
        items: this.browse.top({ types: BROWSABLE_TITLE_TYPES, genres: [genre.name], ...scope }, { sort: 'popularity', order: 'desc' }, request.perRow).map((title) =>
          this.mapper.summary(title),
        ),
      })),
    );
    return { rows: rows.filter((row) => row.items.length > 0) };
  }
}
