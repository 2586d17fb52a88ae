import { Injectable } from '@nestjs/common';
import {
  Clock, DomainError, ErrorCodes, type AuthUser, type CommunityRatingDto, type GetTitleRequest, type ListRatingsRequest, type RateTitleRequest, type RatingPageResponse, type RatingRemovedResponse,
  type RatingResponse, type TitleRatingRequest,
} from '@onstream/common';
import { TitleBrowseIndex } from '../browse/title-browse-index.js';
import { maturityCeiling } from '../titles/maturity.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { TrainingTrigger } from '../recommendations/model/training-trigger.js';
import { ProfileRatings } from './profile-ratings.js';
import { RatingsRepository, type StoredRating } from './ratings.repository.js';

const THUMB_STARS = { up: 5, down: 1 } as const;

/** A profile's ratings of titles (stars or thumbs), and each title's community rating counted from them. */
@Injectable()
export class RatingsService {
  constructor(
    private readonly ratings: RatingsRepository,
    private readonly own: ProfileRatings,
    private readonly titles: TitlesRepository,
    private readonly clock: Clock,
    private readonly training: TrainingTrigger,
    private readonly browse: TitleBrowseIndex,
  ) {}

  async rate(request: RateTitleRequest): Promise<RatingResponse> {
    const profileId = requireProfile(request.actor);
    const { stars, thumb } = request.body;
    if ((stars === undefined) === (thumb === undefined)) {
      throw DomainError.validation([{ field: 'stars', message: 'send either stars (1–5) or thumb (up/down), not both and not neither' }]);
    }
    await this.requireVisibleTitle(request.titleId, request.actor);
    const rating = {
      profileId,
      userId: request.actor.userId,
      titleId: request.titleId,
      kind: thumb ? ('thumb' as const) : ('stars' as const),
      stars: thumb ? THUMB_STARS[thumb] : (stars ?? 0),
      ratedAt: this.clock.now(),
    };
    await this.own.put(rating);
    this.training.signalAdded();
    return toResponse({ _id: '', ...rating });
  }

  async remove(request: TitleRatingRequest): Promise<RatingRemovedResponse> {
    const profileId = requireProfile(request.actor);
    const removed = await this.own.remove(profileId, request.titleId);
    return { titleId: request.titleId, removed: removed !== null };
  }

  /** The community rating of a title, for anyone who may see the title. */
  async community(request: GetTitleRequest): Promise<CommunityRatingDto> {
    await this.requireVisibleTitle(request.id, request.actor);
    return this.ratings.communityOf(request.id);
  }

  async list(request: ListRatingsRequest): Promise<RatingPageResponse> {
    const profileId = requireProfile(request.actor);
    const { items, total } = await this.ratings.page(profileId, (request.page - 1) * request.limit, request.limit);
    return { items: items.map(toResponse), meta: { page: request.page, limit: request.limit, total, totalPages: Math.ceil(total / request.limit) } };
  }

  /** A title above the caller's maturity limit is "not found", as everywhere in the catalog (ADR 0002). */
  private async requireVisibleTitle(titleId: string, actor: AuthUser | undefined): Promise<void> {
    // The in-process index answers for nearly every title without a database round trip (a rating
    // write is then one Mongo call); titles it does not hold yet are looked up.
    const title = this.browse.get(titleId) ?? (await this.titles.findById(titleId));
    if (!title || title.maturityRank > maturityCeiling(actor)) throw new DomainError(ErrorCodes.CatalogTitleNotFound, 404, 'The title was not found.');
  }
}

export function requireProfile(actor: AuthUser): string {
  if (!actor.profileId) throw new DomainError(ErrorCodes.CatalogProfileRequired, 403, 'Select a profile first: ratings and recommendations belong to a profile.');
  return actor.profileId;
}

function toResponse(rating: StoredRating): RatingResponse {
  const thumb = rating.kind === 'thumb' ? (rating.stars >= 3 ? 'up' : 'down') : null;
  return { titleId: rating.titleId, stars: rating.stars, thumb, ratedAt: rating.ratedAt.toISOString() };
}
