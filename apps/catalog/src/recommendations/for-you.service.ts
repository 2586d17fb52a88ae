import { Injectable, Logger } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES, type AuthUser, type BecauseYouWatchedRequest, type BecauseYouWatchedResponse, type FeedResponse, type RecommendationsRequest } from '@onstream/common';
import { ProfileRatings } from '../ratings/profile-ratings.js';
import { requireProfile } from '../ratings/ratings.service.js';
import { passesDenials, type ViewerScope } from '../viewers/viewer-scope.js';
import { TitleBrowseIndex, type BrowsedTitle } from '../browse/title-browse-index.js';
import { TitleMapper } from '../titles/title.mapper.js';
import { favoriteGenres, isTitleId, likedTitleIds, profileSignals, seenTitleIds, type TasteSignals } from './for-you.js';
import { rankForProfile } from './model/item-model.js';
import { ForYouModelStore, type LoadedModel } from './model/for-you-model.store.js';
import { ForYouRowCache, type ForYouRow } from './for-you-rows.cache.js';
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
  private readonly logger = new Logger(ForYouService.name);

  constructor(
    private readonly ratings: ProfileRatings,
    private readonly titles: TitleBrowseIndex,
    private readonly library: ProfileLibraryReader,
    private readonly mapper: TitleMapper,
    private readonly models: ForYouModelStore,
    private readonly similar: SimilarTitles,
    private readonly rows: ForYouRowCache,
  ) {}

  /**
   * Served from the profile's cached row (ForYouRowCache) while its ratings, library, the model and
   * the viewer's rules are those it was computed from and every title in it is still servable (a
   * staff-hidden title left the index; a maturity change fails the check): then recomputed.
   */
  async recommend(request: RecommendationsRequest): Promise<FeedResponse> {
    const profileId = requireProfile(request.actor);
    const scope = await this.library.scopeOf(request.actor);
    const loaded = this.models.current();
    const key = { profileId, modelVersion: loaded?.version ?? 'none', limit: request.limit, scope };
    const cached = await this.rows.read(key).catch((error: unknown) => {
      this.logger.warn({ msg: 'for-you row cache unavailable: computing', err: message(error) });
      return null;
    });
    if (cached?.row && cached.row.ids.every((id) => this.servable(id, scope))) return this.answer(this.titlesInOrder(cached.row.ids), cached.row.source);

    const [own, library] = await Promise.all([this.ratings.of(profileId), this.library.entries(request.actor)]);
    const row = this.compute({ ratings: own, ...library }, scope, loaded, request.limit);
    // An answer made without the profile's library (users down) is not the profile's row: not cached.
    if (cached && !library.partial) await this.rows.store(key, cached.versions, row).catch((error: unknown) => this.logger.warn({ msg: 'for-you row not cached', err: message(error) }));
    return this.answer(this.titlesInOrder(row.ids), row.source);
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

  private compute(signals: TasteSignals, scope: ViewerScope, loaded: LoadedModel | null, limit: number): ForYouRow {
    const seen = seenTitleIds(signals);
    const visible = (id: string) => !seen.has(id) && this.servable(id, scope);
    const picked = loaded ? rankForProfile(loaded.model, loaded.index, profileSignals(signals), limit, visible) : [];
    const modelled = this.titlesInOrder(picked);
    if (modelled.length >= limit) return rowOf(modelled, 'collaborative');

    const genres = favoriteGenres(this.titlesInOrder(likedTitleIds(signals).slice(0, 200)));
    const exclude = [...seen, ...picked, ...(scope.excludeIds ?? [])].filter(isTitleId);
    const base = { ...scope, types: BROWSABLE_TITLE_TYPES, excludeIds: exclude };
    const popular = { sort: 'popularity', order: 'desc' } as const;
    let items = modelled;
    if (genres.length > 0) items = [...items, ...this.titles.top({ ...base, genres }, popular, limit - items.length)];
    const source = modelled.length > 0 ? 'collaborative' : genres.length > 0 ? 'popular-in-genres' : 'popularity';
    if (items.length < limit) {
      const taken = items.map((title) => title.id);
      items = [...items, ...this.titles.top({ ...base, excludeIds: [...exclude, ...taken] }, popular, limit - items.length)];
    }
    return rowOf(items, source);
  }

  /** The index holds no hidden titles; maturity, a parent's denials and allow-list as every catalog read. */
  private servable(id: string, scope: ViewerScope): boolean {
    const title = this.titles.get(id);
    return title !== undefined && BROWSABLE_TITLE_TYPES.includes(title.type) && passesDenials(title, scope) && (scope.onlyIds?.includes(id) ?? true);
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

const rowOf = (items: BrowsedTitle[], source: string): ForYouRow => ({ ids: items.map((title) => title.id), source });
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
