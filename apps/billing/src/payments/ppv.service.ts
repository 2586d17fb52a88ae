import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCodes, type AuthUser, type PpvOfferResponse, type PurchasePpvBody, type PurchasePpvRequest, type PurchaseResponse, type PutPpvOfferRequest, requireAccess } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { addHours } from '../clock/billing-period.js';
import { BillingClock } from '../clock/billing-clock.js';
import { EntitlementCache } from '../entitlements/entitlement-cache.js';
import { BillingEventsPublisher } from '../events/billing-events.publisher.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ChargeService, paymentFailure } from '../ledger/charge.service.js';
import { toTransactionResponse, type LedgerEntry } from '../ledger/ledger-entry.js';
import { PlansService } from '../plans/plans.service.js';
import { PpvRepository, type PpvOfferDocument, type PurchaseDocument } from './ppv.repository.js';

const ABANDONED_CLAIM_MS = 60_000;

function toOfferResponse(offer: PpvOfferDocument): PpvOfferResponse {
  const { _id: videoId, creatorId, currency, purchasePrice, rentalPrice, maxQuality } = offer;
  return { videoId, creatorId, currency, maxQuality, ...(purchasePrice !== undefined ? { purchasePrice } : {}), ...(rentalPrice !== undefined ? { rentalPrice } : {}) };
}

function toPurchaseResponse(purchase: PurchaseDocument, payment: LedgerEntry): PurchaseResponse {
  return {
    id: purchase._id,
    videoId: purchase.videoId,
    option: purchase.option,
    status: purchase.status,
    ...(purchase.expiresAt ? { expiresAt: purchase.expiresAt.toISOString() } : {}),
    payment: toTransactionResponse(payment),
  };
}

export function ppvClaimKey(userId: string, videoId: string): string {
  return `ppv:${userId}:${videoId}`;
}

/** Pay-per-view: offers per video, purchases (permanent) and rentals (BILLING_RENTAL_HOURS). */
@Injectable()
export class PpvService {
  constructor(
    private readonly ppv: PpvRepository,
    private readonly claims: ClaimsRepository,
    private readonly charges: ChargeService,
    private readonly plans: PlansService,
    private readonly idempotency: IdempotencyService,
    private readonly cache: EntitlementCache,
    private readonly events: BillingEventsPublisher,
    private readonly clock: BillingClock,
    private readonly config: BillingConfig,
  ) {}

  async putOffer({ actor, videoId, offer }: PutPpvOfferRequest): Promise<PpvOfferResponse> {
    requireAccess(actor, 'billing.admin');
    this.plans.requireSupportedCurrency(offer.currency);
    if (offer.purchasePrice === undefined && offer.rentalPrice === undefined) {
      throw DomainError.validation([{ field: 'purchasePrice', message: 'an offer needs a purchasePrice, a rentalPrice or both' }]);
    }
    return toOfferResponse(await this.ppv.putOffer({ _id: videoId, ...offer, currency: offer.currency.toUpperCase(), updatedAt: this.clock.now() }));
  }

  purchase({ actor, idempotencyKey, purchase }: PurchasePpvRequest): Promise<PurchaseResponse> {
    return this.idempotency.run({ scope: 'ppv', callerId: actor.userId, key: idempotencyKey, body: purchase }, () => this.buy(actor, purchase));
  }

  /** Grants the purchase once its payment has completed (now, or later by webhook). */
  async activate(purchaseId: string, transactionId: string): Promise<void> {
    const purchase = await this.ppv.findPurchase(purchaseId);
    if (!purchase) return;
    const expiresAt = purchase.option === 'rental' ? addHours(this.clock.now(), this.config.BILLING_RENTAL_HOURS) : undefined;
    // 'failed' too: a provider may report a failure and then, later, the success that supersedes it.
    const active = await this.ppv.transition(purchaseId, ['pending', 'failed'], { status: 'active', transactionId, ...(expiresAt ? { expiresAt } : {}) });
    if (!active) return;
    if (purchase.status === 'failed') await this.claims.claim(ppvClaimKey(active.userId, active.videoId), active._id, this.clock.now());
    this.cache.forgetUser(active.userId);
    await this.events.entitlementGranted({ userId: active.userId, source: 'ppv', videoId: active.videoId }, purchaseId);
  }

  /** A payment that failed after all (webhook): the purchase never grants anything. */
  async fail(purchaseId: string): Promise<void> {
    const failed = await this.ppv.transition(purchaseId, ['pending'], { status: 'failed' });
    if (failed) await this.claims.release(ppvClaimKey(failed.userId, failed.videoId), failed._id);
  }

  /** Refunded in full: playback stops and the video may be bought again. */
  async revoke(purchaseId: string): Promise<void> {
    const revoked = await this.ppv.transition(purchaseId, ['active', 'pending'], { status: 'refunded' });
    if (!revoked) return;
    await this.claims.release(ppvClaimKey(revoked.userId, revoked.videoId), revoked._id);
    this.cache.forgetUser(revoked.userId);
    await this.events.entitlementRevoked({ userId: revoked.userId, source: 'ppv', videoId: revoked.videoId }, purchaseId);
  }

  private async buy(actor: AuthUser, order: PurchasePpvBody): Promise<PurchaseResponse> {
    const offer = await this.ppv.findOffer(order.videoId);
    if (!offer) throw DomainError.notFound('A pay-per-view offer for this video');
    const price = order.option === 'purchase' ? offer.purchasePrice : offer.rentalPrice;
    if (price === undefined || price === null) throw new DomainError(ErrorCodes.BillingOptionNotOffered, 422, `This video is not offered for ${order.option}.`);
    const now = this.clock.now();
    const id = randomUUID();
    await this.claimVideo(actor.userId, order.videoId, id, now);
    const purchase = await this.ppv.insertPurchase({ _id: id, userId: actor.userId, videoId: order.videoId, creatorId: offer.creatorId, option: order.option, status: 'pending', maxQuality: offer.maxQuality, createdAt: now });
    const payment = await this.chargeOrFail(id, {
      key: `ppv:${id}`,
      userId: actor.userId,
      type: 'ppv',
      netAmount: price,
      currency: offer.currency,
      country: order.country,
      paymentMethod: order.paymentMethod,
      description: `${order.option === 'purchase' ? 'Purchase' : 'Rental'} of video ${order.videoId}`,
      purpose: { kind: 'ppv', purchaseId: id, videoId: order.videoId, creatorId: offer.creatorId },
      metadata: { videoId: order.videoId, purchaseId: id, creatorId: offer.creatorId, option: order.option },
    });
    if (payment.status === 'failed') {
      await this.fail(id);
      throw paymentFailure(payment);
    }
    if (payment.status === 'completed') await this.activate(id, payment._id);
    return toPurchaseResponse((await this.ppv.findPurchase(id)) ?? purchase, payment);
  }

  /** A charge that errors (provider down) fails the purchase, so the video can be bought again. */
  private async chargeOrFail(purchaseId: string, order: Parameters<ChargeService['charge']>[0]) {
    try {
      return await this.charges.charge(order);
    } catch (error) {
      await this.fail(purchaseId);
      throw error;
    }
  }

  /** One paid (or paying) purchase per user and video, whatever the idempotency keys. */
  private async claimVideo(userId: string, videoId: string, purchaseId: string, now: Date): Promise<void> {
    const key = ppvClaimKey(userId, videoId);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const claim = await this.claims.claim(key, purchaseId, now);
      if (claim.won) return;
      const holder = claim.owner ? await this.ppv.findPurchase(claim.owner) : null;
      const rentalOver = holder?.status === 'active' && holder.expiresAt !== undefined && holder.expiresAt.getTime() <= now.getTime();
      const over = holder && (holder.status === 'failed' || holder.status === 'refunded' || rentalOver);
      const abandoned = !holder && claim.owner !== '' && now.getTime() - claim.at.getTime() > ABANDONED_CLAIM_MS;
      if (over || abandoned) {
        await this.claims.release(key, claim.owner);
        continue;
      }
      if (!claim.owner) continue;
      throw new DomainError(ErrorCodes.BillingAlreadyEntitled, 409, 'You already own or are buying this video.', holder ? { purchaseId: holder._id } : {});
    }
    throw new DomainError(ErrorCodes.Conflict, 409, 'This purchase is changing right now; try again.');
  }
}
