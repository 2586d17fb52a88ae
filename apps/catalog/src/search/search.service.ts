import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES, DomainError, ErrorCodes, type FacetCount, type SearchFacets, type SearchRequest, type SearchResponse } from '@onstream/common';
import { providerKeysOf } from '../lists/lists.service.js';
import { TitleMapper } from '../titles/title.mapper.js';
import { TitleBrowseIndex } from '../browse/title-browse-index.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { TitleSearchIndex, type IndexHit } from './title-search-index.js';

const FACET_GENRES = 30;

/** Search over the in-process index; the page's summaries come from the browse index, kept in step by the same feed. */
@Injectable()
export class SearchService {
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
    const hits = this.index.search(request.q, {
      types: request.type ? [request.type] : BROWSABLE_TITLE_TYPES,
      genres: request.genre,
      yearFrom: request.yearFrom,
      yearTo: request.yearTo,
      ...(await this.viewers.scopeOf(request)),
      providerKeys: providerKeysOf(request),
    });
    const start = (request.page - 1) * request.limit;
    const page = hits.slice(start, start + request.limit);
    const items = page.flatMap((hit) => {
      const title = this.browse.get(hit.id);
      return title ? [{ ...this.mapper.summary(title), score: Math.round(hit.score * 1000) / 1000 }] : [];
    });
    return {
      items,
      meta: { page: request.page, limit: request.limit, total: hits.length, totalPages: Math.ceil(hits.length / request.limit) },
      facets: facetsOf(hits),
    };
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
