import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES, type AuthUser, type BecauseYouWatchedRequest, type BecauseYouWatchedResponse, type FeedResponse, type RecommendationsRequest } from '@onstream/common';
import { ProfileRatings } from '../ratings/profile-ratings.js';
import { requireProfile } from '../ratings/ratings.service.js';
import { passesDenials, type ViewerScope } from '../viewers/viewer-scope.js';
import { TitleBrowseIndex, type BrowsedTitle } from '../browse/title-browse-index.js';
import { TitleMapper } from '../titles/title.mapper.js';
import { favoriteGenres, isTitleId, likedTitleIds, profileSignals, seenTitleIds, type TasteSignals } from './for-you.js';
import { rankForProfile } from './model/item-model.js';
import { ForYouModelStore } from './model/for-you-model.store.js';
import { ProfileLibraryReader } from './profile-library.reader.js';
import { SimilarTitles } from './similar-titles.js';

/**
 * "For you": the trained item model (ADR 0018) scores titles by the profile's own ratings,
 * favourites and finished titles; topped up with the most popular titles of the profile's
 * favourite genres (cold start), then with the most popular overall. Never recommends what the
 * profile rated, favourited or watched, what a parent denied, nor titles above its maturity limit.
 */
@Injectable()
export class ForYouService {
  constructor(
    private readonly ratings: ProfileRatings,
    private readonly titles: TitleBrowseIndex,
    private readonly library: ProfileLibraryReader,
    private readonly mapper: TitleMapper,
    private readonly models: ForYouModelStore,
    private readonly similar: SimilarTitles,
  ) {}

  async recommend(request: RecommendationsRequest): Promise<FeedResponse> {
    const { signals, seen, scope } = await this.profileOf(request.actor);
    // The index holds no hidden titles; maturity, a parent's denials and allow-list as every catalog read.
    const visible = (id: string) => {
      const title = this.titles.get(id);
      return title !== undefined && BROWSABLE_TITLE_TYPES.includes(title.type) && !seen.has(id) && passesDenials(title, scope) && (scope.onlyIds?.includes(id) ?? true);
    };

    const loaded = this.models.current();
    const picked = loaded ? rankForProfile(loaded.model, loaded.index, profileSignals(signals), request.limit, visible) : [];
    const modelled = this.titlesInOrder(picked);
    if (modelled.length >= request.limit) return this.answer(modelled, 'collaborative');

    const genres = favoriteGenres(this.titlesInOrder(likedTitleIds(signals).slice(0, 200)));
    const exclude = [...seen, ...picked, ...(scope.excludeIds ?? [])].filter(isTitleId);
    const base = { ...scope, types: BROWSABLE_TITLE_TYPES, excludeIds: exclude };
    const popular = { sort: 'popularity', order: 'desc' } as const;
    let items = modelled;
    if (genres.length > 0) items = [...items, ...this.titles.top({ ...base, genres }, popular, request.limit - items.length)];
    const source = modelled.length > 0 ? 'collaborative' : genres.length > 0 ? 'popular-in-genres' : 'popularity';
    if (items.length < request.limit) {
      const taken = items.map((title) => title.id);
      items = [...items, ...this.titles.top({ ...base, excludeIds: [...exclude, ...taken] }, popular, request.limit - items.length)];
    }
    return this.answer(items, source);
  }

  /** A row per title the profile liked most recently, of that title's neighbours in the model, with the same exclusions as "for you". */
  async becauseYouWatched(request: BecauseYouWatchedRequest): Promise<BecauseYouWatchedResponse> {
    const { signals, seen, scope } = await this.profileOf(request.actor);
    const unseen: ViewerScope = { ...scope, excludeIds: [...(scope.excludeIds ?? []), ...seen] };
    const rows: BecauseYouWatchedResponse['rows'] = [];
    for (const seedId of likedTitleIds(signals)) {
      if (rows.length >= request.rows) break;
      const seed = this.titles.get(seedId);
      if (!seed || !passesDenials(seed, scope)) continue;
      const items = this.similar.neighbours(seedId, unseen, request.limit);
      if (items.length > 0) rows.push({ seed: this.mapper.summary(seed), items: items.map((title) => this.mapper.summary(title)) });
    }
    return { rows };
  }

  /** What the profile did (all of it), what it may see, and what never to recommend to it. */
  private async profileOf(actor: AuthUser): Promise<{ signals: TasteSignals; seen: Set<string>; scope: ViewerScope }> {
    const profileId = requireProfile(actor);
    const [own, library] = await Promise.all([this.ratings.of(profileId), this.library.read(actor)]);
    const signals: TasteSignals = { ratings: own, ...library };
    return { signals, seen: seenTitleIds(signals), scope: library.scope };
  }

  /** The titles still in the catalog (and not hidden), in the given order. */
  private titlesInOrder(ids: string[]): BrowsedTitle[] {
    return ids.flatMap((id) => this.titles.get(id) ?? []);
  }

  private answer(items: BrowsedTitle[], source: string): FeedResponse {
    return { items: items.map((title) => this.mapper.summary(title)), source };
  }
}
