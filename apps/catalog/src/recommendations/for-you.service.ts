import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES, type FeedResponse, type RecommendationsRequest } from '@onstream/common';
import { RatingsRepository } from '../ratings/ratings.repository.js';
import { requireProfile } from '../ratings/ratings.service.js';
import { maturityCeiling } from '../titles/maturity.js';
import { TitleBrowseIndex, type BrowsedTitle } from '../browse/title-browse-index.js';
import { TitleMapper } from '../titles/title.mapper.js';
import { userKnnRecommender, type Rating } from './evaluation/recommenders.js';
import { favoriteGenres, isTitleId, likedTitleIds, seenTitleIds, tasteVector, type TasteSignals } from './for-you.js';
import { ProfileLibraryReader } from './profile-library.reader.js';

/** Bounds of one request's work: the profile's own ratings, candidate neighbours and their ratings. */
const OWN_RATINGS = 500;
const NEIGHBOUR_CANDIDATES = 2000;
const NEIGHBOUR_RATINGS = 50_000;
const NEIGHBOURS = 50;

/**
 * "For you": user-kNN over ratings (the recommender the offline evaluation measures), with the
 * profile's favourites and finished titles as implicit ratings; topped up with the most popular
 * titles of the profile's favourite genres (cold start), then with the most popular overall.
 * Never recommends what the profile rated, favourited or watched, nor titles above its maturity limit.
 */
@Injectable()
export class ForYouService {
  constructor(
    private readonly ratings: RatingsRepository,
    private readonly titles: TitleBrowseIndex,
    private readonly library: ProfileLibraryReader,
    private readonly mapper: TitleMapper,
  ) {}

  async recommend(request: RecommendationsRequest): Promise<FeedResponse> {
    const profileId = requireProfile(request.actor);
    const ceiling = maturityCeiling(request.actor);
    const [own, library] = await Promise.all([this.ratings.ofProfile(profileId, OWN_RATINGS), this.library.read(request.actor)]);
    const signals: TasteSignals = { ratings: own, ...library };
    const seen = seenTitleIds(signals);
    const visible = (title: BrowsedTitle) => title.maturityRank <= ceiling && BROWSABLE_TITLE_TYPES.includes(title.type) && !seen.has(title.id);

    const collaborative = this.titlesInOrder(await this.neighbourPicks(profileId, signals, request.limit * 3)).filter(visible).slice(0, request.limit);
    if (collaborative.length >= request.limit) return this.answer(collaborative, 'collaborative');

    const liked = this.titlesInOrder(likedTitleIds(signals).slice(0, 200));
    const genres = favoriteGenres(liked);
    const exclude = [...seen, ...collaborative.map((title) => title.id)].filter(isTitleId);
    const base = { types: BROWSABLE_TITLE_TYPES, maxMaturityRank: ceiling, excludeIds: exclude };
    const popular = { sort: 'popularity', order: 'desc' } as const;
    let items = collaborative;
    if (genres.length > 0) items = [...items, ...this.titles.top({ ...base, genres }, popular, request.limit - items.length)];
    const source = collaborative.length > 0 ? 'collaborative' : genres.length > 0 ? 'popular-in-genres' : 'popularity';
    if (items.length < request.limit) {
      const taken = items.map((title) => title.id);
      items = [...items, ...this.titles.top({ ...base, excludeIds: [...exclude, ...taken] }, popular, request.limit - items.length)];
    }
    return this.answer(items, source);
  }

  /** Unseen titles liked by the profiles whose ratings resemble this profile's, best first. */
  private async neighbourPicks(profileId: string, signals: TasteSignals, count: number): Promise<string[]> {
    const taste = tasteVector(profileId, signals);
    if (taste.length === 0) return [];
    const neighbours = await this.ratings.ratersOf(taste.map((rating) => rating.itemId), profileId, NEIGHBOUR_CANDIDATES);
    if (neighbours.length === 0) return [];
    const train = new Map<string, Array<Rating<string, string>>>([[profileId, taste]]);
    for (const rating of await this.ratings.ofProfiles(neighbours, NEIGHBOUR_RATINGS)) {
      const list = train.get(rating.profileId) ?? [];
      list.push({ userId: rating.profileId, itemId: rating.titleId, rating: rating.stars, timestamp: 0 });
      train.set(rating.profileId, list);
    }
    return userKnnRecommender(train, NEIGHBOURS)(profileId, count);
  }

  /** The titles still in the catalog (and not hidden), in the given order. */
  private titlesInOrder(ids: string[]): BrowsedTitle[] {
    return ids.flatMap((id) => this.titles.get(id) ?? []);
  }

  private answer(items: BrowsedTitle[], source: string): FeedResponse {
    return { items: items.map((title) => this.mapper.summary(title)), source };
  }
}
