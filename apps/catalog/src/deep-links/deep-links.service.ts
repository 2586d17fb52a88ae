import { Injectable } from '@nestjs/common';
import {
  Clock, DomainError, ErrorCodes, requireAccess, type ApprovedDeepLink, type AuthUser, type DeepLinkPage, type DeepLinkReportResponse, type DeepLinkResponse,
  type ListReviewQueueRequest, type ReportDeepLinkRequest, type ReviewDecisionRequest,
} from '@onstream/common';
import { ProviderDataRepository } from '../metadata/provider-data.repository.js';
import { SYSTEM_ACTOR } from '../metadata/provider-calls.js';
import type { DeepLinkOffer } from './deep-link-provider.js';
import { maturityCeiling } from '../titles/maturity.js';
import { requireStaff } from '../titles/staff-access.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { titleNotFound } from '../titles/titles.service.js';
import { reviewFields, statusOf } from '../review/review-queue.js';
import { DeepLinksRepository, WHOLE_TITLE, type DeepLinkKey, type StoredDeepLink } from './deep-links.repository.js';

/** New links one device may report per day: enough for a household, too few to flood the review queue. */
export const DEVICE_REPORTS_PER_DAY = 100;
const DAY_MS = 86_400_000;

/**
 * Seed 003's crowdsourced deep links: paired devices report links that open a title (or an episode)
 * in a provider's app, staff accept or reject them, and launchers get the best accepted one per provider.
 */
@Injectable()
export class DeepLinksService {
  constructor(
    private readonly links: DeepLinksRepository,
    private readonly titles: TitlesRepository,
    private readonly providers: ProviderDataRepository,
    private readonly clock: Clock,
  ) {}

  async report(request: ReportDeepLinkRequest): Promise<DeepLinkReportResponse> {
    const { actor, link } = request;
    requireAccess(actor, 'launcher');
    // The device is the token's session: one count per device however often it repeats itself.
    const deviceId = actor.sessionId;
    const since = new Date(this.clock.now().getTime() - DAY_MS);
    if ((await this.links.reportsSince(deviceId, since)) >= DEVICE_REPORTS_PER_DAY) {
      throw new DomainError(ErrorCodes.CatalogDeepLinkReportLimit, 429, `A device may report ${DEVICE_REPORTS_PER_DAY} links a day; try again tomorrow.`);
    }
    const key = await this.checkedKey(actor, link.titleId, link.providerId, link.url, link.seasonNumber, link.episodeNumber);
    const stored = await this.links.findOrCreate(key, 'device');
    const counted = await this.links.countReport(stored._id, deviceId);
    return { ...toKeyFields(stored), id: stored._id.toHexString(), status: stored.status, counted };
  }

  async list(request: ListReviewQueueRequest): Promise<DeepLinkPage> {
    requireStaff(request.actor);
    const { status, cursor, limit } = request.query;
    const page = await this.links.queue.page(status, cursor, limit);
    return { items: page.items.map(toResponse), nextCursor: page.nextCursor };
  }

  async review(request: ReviewDecisionRequest): Promise<DeepLinkResponse> {
    requireStaff(request.actor);
    const reviewed = await this.links.queue.decide(request.id, statusOf(request.decision), request.actor.userId, this.clock.now());
    if (!reviewed) throw new DomainError(ErrorCodes.CatalogDeepLinkNotFound, 404, 'There is no such deep link.');
    return toResponse(reviewed);
  }

  /**
   * A link from the deep-link provider (a licensed source, not a stranger): stored accepted, by the
   * system. A link staff rejected stays rejected; a repeat run changes nothing.
   */
  async storeBackfilled(titleId: string, offer: DeepLinkOffer): Promise<void> {
    const key = { titleId, providerId: offer.providerId, url: offer.url, seasonNumber: offer.seasonNumber ?? WHOLE_TITLE, episodeNumber: offer.episodeNumber ?? WHOLE_TITLE };
    const stored = await this.links.findOrCreate(key, 'backfill');
    if (stored.status === 'pending') await this.links.queue.decide(stored._id.toHexString(), 'accepted', SYSTEM_ACTOR.userId, this.clock.now());
  }

  /** Per listed title and provider, the accepted link most devices reported (a whole-title link wins a tie). */
  async bestFor(titleIds: string[]): Promise<ApprovedDeepLink[]> {
    const best = new Map<string, StoredDeepLink>();
    for (const link of await this.links.accepted(titleIds)) {
      const slot = `${link.titleId}:${link.providerId}`;
      const held = best.get(slot);
      if (!held || (held.reports === link.reports && held.seasonNumber !== WHOLE_TITLE && link.seasonNumber === WHOLE_TITLE)) best.set(slot, link);
    }
    return [...best.values()].map(toKeyFields);
  }

  /** The link's key once its title exists, the caller may see it, it fits the episode numbers and the provider is known. */
  async checkedKey(actor: AuthUser, titleId: string, providerId: number, url: string, seasonNumber?: number, episodeNumber?: number): Promise<DeepLinkKey> {
    const title = await this.titles.findById(titleId);
    // A kid's device learns nothing about titles above its maturity limit.
    if (!title || title.hidden || title.maturityRank > maturityCeiling(actor)) throw titleNotFound();
    if (title.type !== 'movie' && title.type !== 'series') throw invalidTarget('A deep link opens a movie or a series (an episode by its season and episode number).');
    const episode = seasonNumber !== undefined && episodeNumber !== undefined;
    if (episode && title.type !== 'series') throw invalidTarget('Only a series has episodes; leave seasonNumber and episodeNumber out for a movie.');
    if ((await this.providers.unknownProviderIds([providerId])).length > 0) throw invalidTarget(`${providerId} is not a known watch provider (TMDb provider id).`);
    return { titleId, providerId, url, seasonNumber: episode ? seasonNumber : WHOLE_TITLE, episodeNumber: episode ? episodeNumber : WHOLE_TITLE };
  }
}

function invalidTarget(message: string): DomainError {
  return new DomainError(ErrorCodes.CatalogDeepLinkTargetInvalid, 422, message);
}

function toKeyFields(link: StoredDeepLink): ApprovedDeepLink {
  const whole = link.seasonNumber === WHOLE_TITLE;
  return { titleId: link.titleId, providerId: link.providerId, url: link.url, seasonNumber: whole ? null : link.seasonNumber, episodeNumber: whole ? null : link.episodeNumber };
}

function toResponse(link: StoredDeepLink): DeepLinkResponse {
  return { ...toKeyFields(link), ...reviewFields(link), source: link.source, reports: link.reports, createdAt: link.createdAt.toISOString() };
}
