import { Injectable } from '@nestjs/common';
import { CatalogClient, CatalogPatterns, type AuthUser, type PageMeta, type ViewingPolicyResponse } from '@onstream/common';
import { toOnstreamMovie, type OnstreamMovie, type OnstreamMoviePage } from './onstream-api.dto.js';

/**
 * Seed 000 answers every movie, in lists too, as its Movie Cache Model (overview, backdrop,
 * runtime, TMDb id): v1 lists carry summaries, so each listed title is read as v1's GET /titles/{id}.
 */
@Injectable()
export class OnstreamMovies {
  constructor(private readonly catalog: CatalogClient) {}

  async page(found: { items: ReadonlyArray<{ id: string }>; meta: Pick<PageMeta, 'page' | 'totalPages' | 'total'> }, actor?: AuthUser, policy?: ViewingPolicyResponse): Promise<OnstreamMoviePage> {
    return { results: await this.details(found.items, actor, policy), page: found.meta.page, total_pages: found.meta.totalPages, total_results: found.meta.total };
  }

  details(titles: ReadonlyArray<{ id: string }>, actor?: AuthUser, policy?: ViewingPolicyResponse): Promise<OnstreamMovie[]> {
    return Promise.all(titles.map(async ({ id }) => toOnstreamMovie(await this.catalog.send(CatalogPatterns.GetTitle, { id, actor, policy }))));
  }
}
