import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { BROWSABLE_TITLE_TYPES, DomainError, ErrorCodes, type FacetCount, type SearchFacets, type SearchRequest, type SearchResponse } from '@onstream/common';
import { providerKeysOf } from '../lists/lists.service.js';
import { TitleMapper } from '../titles/title.mapper.js';
import { TitleBrowseIndex } from '../browse/title-browse-index.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { TitleSearchIndex, type IndexFilter, type IndexHit } from './title-search-index.js';

const FACET_GENRES = 30;
/** Distinct searches remembered, and the best hits kept of each (25 pages of 20); deeper pages are searched again. */
const REMEMBERED_SEARCHES = 500;
const REMEMBERED_HITS = 500;

/** What a search found: the best hits (all of them, or the first REMEMBERED_HITS), how many in all, facets. */
interface Found {
  generation: number;
  hits: IndexHit[];
  total: number;
  facets: SearchFacets;
}

/** Search over the in-process index; the page's summaries come from the browse index, kept in step by the same feed. */
@Injectable()
export class SearchService {
  /**
   * Common words match tens of thousands of titles, and MiniSearch scores every match (25–55 ms at
   * 110,000 titles), while viewers repeat searches (and type the same prefixes). Answers are
   * remembered per query and filter until the index changes, so a hit is exact, never stale.
   */
  private readonly found = new LRUCache<string, Found>({ max: REMEMBERED_SEARCHES });

  constructor(
    private readonly index: TitleSearchIndex,
    private readonly browse: TitleBrowseIndex,
    private readonly mapper: TitleMapper,
    private readonly viewers: ViewerScopes,
  ) {}

  async search(request: SearchRequest): Promise<SearchResponse> {
    if (request.yearFrom !== undefined && request.yearTo !== undefined && request.yearFrom > request.yearTo) {
      throw new DomainError(ErrorCodes.CatalogInvalidRange, 400, 'yearFrom must not be after yearTo.');
    }
    const filter: IndexFilter = {
      types: request.type ? [request.type] : BROWSABLE_TITLE_TYPES,
      genres: request.genre,
      yearFrom: request.yearFrom,
      yearTo: request.yearTo,
      ...(await this.viewers.scopeOf(request)),
      providerKeys: providerKeysOf(request),
    };
    const start = (request.page - 1) * request.limit;
    const { hits, total, facets } = this.find(request.q, filter, start + request.limit);
    const items = hits.slice(start, start + request.limit).flatMap((hit) => {
      const title = this.browse.get(hit.id);
      return title ? [{ ...this.mapper.summary(title), score: Math.round(hit.score * 1000) / 1000 }] : [];
    });
    return { items, meta: { page: request.page, limit: request.limit, total, totalPages: Math.ceil(total / request.limit) }, facets };
  }

  /** The hits of a search, remembered unless the caller needs deeper than what is kept. */
  private find(query: string, filter: IndexFilter, needed: number): Omit<Found, 'generation'> {
    const key = JSON.stringify([query.trim().toLowerCase(), filter]);
    const remembered = this.found.get(key);
    if (remembered && remembered.generation === this.index.generation && (needed <= remembered.hits.length || remembered.hits.length === remembered.total)) return remembered;
    const generation = this.index.generation;
    const hits = this.index.search(query, filter);
    const found = { generation, hits: hits.slice(0, REMEMBERED_HITS), total: hits.length, facets: facetsOf(hits) };
    this.found.set(key, found);
    return needed <= found.hits.length ? found : { ...found, hits };
  }
}

export function facetsOf(hits: IndexHit[]): SearchFacets {
  const genres = new Map<string, number>();
  const years = new Map<string, number>();
  const types = new Map<string, number>();
  const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const hit of hits) {
    for (const genre of hit.genres) bump(genres, genre);
    if (hit.releaseYear !== null) bump(years, String(hit.releaseYear));
    bump(types, hit.type);
  }
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  const entries = (counts: Map<string, number>) => [...counts].map(([value, count]) => ({ value, count }));
  return {
    genres: entries(genres).sort(byCount).slice(0, FACET_GENRES),
    years: entries(years).sort((a, b) => b.value.localeCompare(a.value)),
    types: entries(types).sort(byCount),
  };
}
