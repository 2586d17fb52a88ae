import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES } from '@onstream/common';
import { TitleBrowseIndex, type BrowsedTitle } from '../browse/title-browse-index.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import { passesDenials, type ViewerScope } from '../viewers/viewer-scope.js';
import { ForYouModelStore } from './model/for-you-model.store.js';
import { rankForProfile } from './model/item-model.js';
import { featuresOf, rankBySimilarity } from './similarity.js';

/** Candidates scored per request: the most popular titles that share a genre. */
const CANDIDATE_POOL = 300;

/**
 * "Similar titles": the trained model's neighbours first (what the same viewers liked, ADR 0018),
 * then content-based ones (genres, keywords, cast and crew, see similarity.ts) for titles with few
 * or no interactions yet.
 */
@Injectable()
export class SimilarTitles {
  constructor(
    private readonly index: TitleBrowseIndex,
    private readonly models: ForYouModelStore,
  ) {}

  forTitle(title: StoredTitle, scope: ViewerScope, count: number): BrowsedTitle[] {
    const seedId = title._id.toHexString();
    const fromModel = this.neighbours(seedId, scope, count);
    if (fromModel.length >= count || title.genres.length === 0) return fromModel;
    const taken = fromModel.map((item) => item.id);
    const candidates = this.index.top(
      { types: BROWSABLE_TITLE_TYPES, genres: title.genres, ...scope, excludeIds: [...(scope.excludeIds ?? []), seedId, ...taken] },
      { sort: 'popularity', order: 'desc' },
      CANDIDATE_POOL,
    );
    return [...fromModel, ...rankBySimilarity(featuresOf(title), candidates, (candidate) => candidate.features, count - fromModel.length)];
  }

  /** The model's neighbours of one title the caller may see: "because you watched X" is the same lookup. */
  neighbours(titleId: string, scope: ViewerScope, count: number): BrowsedTitle[] {
    const loaded = this.models.current();
    if (!loaded) return [];
    const visible = (id: string) => {
      const candidate = this.index.get(id);
      return candidate !== undefined && BROWSABLE_TITLE_TYPES.includes(candidate.type) && passesDenials(candidate, scope) && (scope.onlyIds?.includes(id) ?? true);
    };
    return rankForProfile(loaded.model, loaded.index, [{ itemId: titleId, weight: 1 }], count, visible).flatMap((id) => this.index.get(id) ?? []);
  }
}
