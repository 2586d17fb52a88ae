import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES } from '@onstream/common';
import { TitleBrowseIndex, type BrowsedTitle } from '../browse/title-browse-index.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import type { ViewerScope } from '../viewers/viewer-scope.js';
import { featuresOf, rankBySimilarity } from './similarity.js';

/** Candidates scored per request: the most popular titles that share a genre. */
const CANDIDATE_POOL = 300;

/** Content-based "similar titles": genres, keywords, cast and crew (see similarity.ts). */
@Injectable()
export class SimilarTitles {
  constructor(private readonly index: TitleBrowseIndex) {}

  forTitle(title: StoredTitle, scope: ViewerScope, count: number): BrowsedTitle[] {
    if (title.genres.length === 0) return [];
    const candidates = this.index.top(
      { types: BROWSABLE_TITLE_TYPES, genres: title.genres, ...scope, excludeIds: [...(scope.excludeIds ?? []), title._id.toHexString()] },
      { sort: 'popularity', order: 'desc' },
      CANDIDATE_POOL,
    );
    return rankBySimilarity(featuresOf(title), candidates, (candidate) => candidate.features, count);
  }
}
