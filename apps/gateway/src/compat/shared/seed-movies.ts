import { Injectable } from '@nestjs/common';
import { CatalogClient, CatalogPatterns, type AuthUser, type PageMeta, type TitlePage, type ViewingPolicyResponse } from '@onstream/common';
import { isTmdbId, toSeedMovie, type SeedMovie, type SeedMoviePage } from './seed-movie.dto.js';

/**
 * Movies for the seeds' /api routes. Seed 000 answers every movie, in lists too, as its Movie Cache
 * Model (overview, backdrop, runtime, TMDb id): v1 lists carry summaries, so each listed title is
 * read as v1's GET /titles/{id}. Seed 001 names movies by TMDb id: those go through v1's TMDb lookup.
 */
@Injectable()
export class SeedMovies {
  constructor(private readonly catalog: CatalogClient) {}

  /** Our title id for a path's `{id}`: a title id as it is, a TMDb id (digits) looked up as a movie. */
  async titleId(id: string, actor?: AuthUser): Promise<string> {
    if (!isTmdbId(id)) return id;
    return (await this.catalog.send(CatalogPatterns.LookupTmdbTitle, { tmdbId: Number(id), type: 'movie', actor })).id;
  }

  async title(id: string, actor?: AuthUser, policy?: ViewingPolicyResponse): Promise<TitlePage> {
    return this.catalog.send(CatalogPatterns.GetTitle, { id: await this.titleId(id, actor), actor, policy });
  }

  async page(found: { items: ReadonlyArray<{ id: string }>; meta: Pick<PageMeta, 'page' | 'totalPages' | 'total'> }, actor?: AuthUser, policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    return { results: await this.details(found.items, actor, policy), page: found.meta.page, total_pages: found.meta.totalPages, total_results: found.meta.total };
  }

  /** A feed (popular, trending, featured) as one page of movies. */
  feedPage(items: ReadonlyArray<{ id: string }>, actor?: AuthUser, policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    return this.page({ items, meta: { page: 1, totalPages: 1, total: items.length } }, actor, policy);
  }

  details(titles: ReadonlyArray<{ id: string }>, actor?: AuthUser, policy?: ViewingPolicyResponse): Promise<SeedMovie[]> {
    return Promise.all(titles.map(async ({ id }) => toSeedMovie(await this.catalog.send(CatalogPatterns.GetTitle, { id, actor, policy }))));
  }
}
