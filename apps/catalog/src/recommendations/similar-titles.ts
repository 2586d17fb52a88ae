import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES } from '@onstream/common';
import type { StoredTitle } from '../titles/title.mapper.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import type { ViewerScope } from '../viewers/viewer-scope.js';
import { rankBySimilarity, type SimilarityFeatures } from './similarity.js';

/** Candidates scored per request: the most popular titles that share a genre. */
const CANDIDATE_POOL = 300;

export function featuresOf(title: StoredTitle): SimilarityFeatures {
  return {
    genres: title.genres,
    keywords: title.keywords ?? [],
    castIds: (title.cast ?? []).slice(0, 10).map((member) => member.personId.toHexString()),
    crewIds: (title.crew ?? []).filter((member) => member.job === 'Director' || member.job === 'Screenplay' || member.job === 'Writer').map((member) => member.personId.toHexString()),
    popularity: title.popularity,
  };
}

/** Content-based "similar titles": genres, keywords, cast and crew (see similarity.ts). */
@Injectable()
export class SimilarTitles {
  constructor(private readonly titles: TitlesRepository) {}

  async forTitle(title: StoredTitle, scope: ViewerScope, count: number): Promise<StoredTitle[]> {
    if (title.genres.length === 0) return [];
    const candidates = await this.titles.top(
      { types: BROWSABLE_TITLE_TYPES, genres: title.genres, ...scope, excludeIds: [...(scope.excludeIds ?? []), title._id.toHexString()] },
      { sort: 'popularity', order: 'desc' },
      CANDIDATE_POOL,
      true,
    );
    return rankBySimilarity(featuresOf(title), candidates, featuresOf, count);
  }
}
