import { Injectable } from '@nestjs/common';
import type { CheckEntitlementRequest, DeviceLimitRequest, DeviceLimitResponse, EntitlementResponse } from '@onstream/common';
import { BillingClock } from '../clock/billing-clock.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { PpvRepository } from '../payments/ppv.repository.js';
import { PlansService } from '../plans/plans.service.js';
import { grantsAccessAt } from '../subscriptions/subscription-state.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import { EntitlementCache } from './entitlement-cache.js';

const NOTHING: EntitlementResponse = { allowed: false, source: 'none', maxDevices: 0, maxStreams: 0, downloads: false };

/**
 * "May this viewer play this video, at which quality, on how many devices and streams?"
 * A video with a pay-per-view offer needs a purchase or a running rental whose payment is not
 * refunded in full (asked of the ledger, see LedgerRepository.refundedInFull); every other video is
 * covered by a trialing, active or past_due (grace) subscription that is not past its due date
 * (see grantsAccessAt), with its plan's limits.
 */
@Injectable()
export class EntitlementsService {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly ppv: PpvRepository,
    private readonly ledger: LedgerRepository,
    private readonly plans: PlansService,
    private readonly cache: EntitlementCache,
    private readonly clock: BillingClock,
  ) {}

  async check({ userId, videoId }: CheckEntitlementRequest): Promise<EntitlementResponse> {
    const now = this.clock.now();
    const cached = this.cache.get(userId, videoId, now);
    if (cached) return cached;
    const answer = await this.compute(userId, videoId, now);
    this.cache.set(userId, videoId, answer);
    return answer;
  }

  /** The live plan's device limit, for users at sign-in; nothing when no subscription grants access. */
  async deviceLimit({ userId }: DeviceLimitRequest): Promise<DeviceLimitResponse> {
    const subscription = await this.subscriptions.findLiveOfUser(userId);
    if (!subscription || !grantsAccessAt(subscription, this.clock.now())) return {};
    return { maxDevices: (await this.plans.get(subscription.planId)).features.maxDevices };
  }

  private async compute(userId: string, videoId: string, now: Date): Promise<EntitlementResponse> {
    const offer = await this.ppv.findOffer(videoId);
    if (offer) {
      const held = await this.ppv.findHeld(userId, videoId);
      const playable = held?.status === 'active' && (!held.expiresAt || held.expiresAt.getTime() > now.getTime());
      if (!held || !playable) return NOTHING;
      // The ledger has the last word: a payment refunded in full grants nothing, also while the
      // purchase has not followed the refund yet (billing died between the two writes).
      if (held.transactionId && (await this.ledger.refundedInFull(held.transactionId))) return NOTHING;
      return {
        allowed: true,
        source: 'ppv',
        maxQuality: held.maxQuality,
        maxDevices: 1,
        maxStreams: 1,
        downloads: held.option === 'purchase',
        ...(held.expiresAt ? { expiresAt: held.expiresAt.toISOString() } : {}),
      };
    }
    const subscription = await this.subscriptions.findLiveOfUser(userId);
    if (!subscription || !grantsAccessAt(subscription, now)) return NOTHING;
    const { features } = await this.plans.get(subscription.planId);
    return {
      allowed: true,
      source: 'subscription',
      maxQuality: features.maxQuality,
      maxDevices: features.maxDevices,
      maxStreams: features.maxStreams,
      downloads: features.downloads,
    };
  }
}
