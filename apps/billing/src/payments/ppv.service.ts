import { Injectable } from '@nestjs/common';
import {
  awaitsProviderAnswer,
  DomainError,
  ErrorCodes,
  type AuthUser,
  type PpvOfferResponse,
  type PurchasePpvBody,
  type PurchasePpvRequest,
  type PurchaseResponse,
  type PutPpvOfferRequest,
  requireAccess,
} from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { addHours } from '../clock/billing-period.js';
import { BillingClock } from '../clock/billing-clock.js';
import { EntitlementCache } from '../entitlements/entitlement-cache.js';
import { BillingEventsOf } from '../events/billing-events.js';
import { BillingOutbox } from '../events/billing-outbox.js';
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

/** The ledger key of a purchase's payment: one per purchase, whatever the attempts. */
export function ppvChargeKey(purchaseId: string): string {
  return `ppv:${purchaseId}`;
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
    private readonly outbox: BillingOutbox,
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
    return this.idempotency.run(
      { scope: 'ppv', callerId: actor.userId, key: idempotencyKey, body: purchase },
      (intentId) => this.buy(actor, purchase, intentId),
      (answer) => !awaitsProviderAnswer(answer.payment),
    );
  }

  /** Grants the purchase once its payment has completed (now, or later by webhook). */
  async activate(purchaseId: string, transactionId: string): Promise<void> {
    const purchase = await this.ppv.findPurchase(purchaseId);
    if (!purchase) return;
    const expiresAt = purchase.option === 'rental' ? addHours(this.clock.now(), this.config.BILLING_RENTAL_HOURS) : undefined;
    // 'failed' too: a provider may report a failure and then, later, the success that supersedes it.
    const granted = BillingEventsOf.entitlementGranted({ userId: purchase.userId, source: 'ppv', videoId: purchase.videoId }, purchaseId);
    const active = await this.ppv.transition(purchaseId, ['pending', 'failed'], { status: 'active', transactionId, ...(expiresAt ? { expiresAt } : {}) }, [granted]);
    if (!active) return;
    this.outbox.kick();
    if (purchase.status === 'failed') await this.claims.claim(ppvClaimKey(active.userId, active.videoId), active._id, this.clock.now());
    this.cache.forgetUser(active.userId);
  }

  /** A payment that failed after all (webhook): the purchase never grants anything. */
  async fail(purchaseId: string): Promise<void> {
    const failed = await this.ppv.transition(purchaseId, ['pending'], { status: 'failed' });
    if (failed) await this.claims.release(ppvClaimKey(failed.userId, failed.videoId), failed._id);
  }

  /** Refunded in full: playback stops and the video may be bought again. */
  async revoke(purchaseId: string): Promise<void> {
    const purchase = await this.ppv.findPurchase(purchaseId);
    if (!purchase) return;
    const revokedEvent = BillingEventsOf.entitlementRevoked({ userId: purchase.userId, source: 'ppv', videoId: purchase.videoId }, purchaseId);
    const revoked = await this.ppv.transition(purchaseId, ['active', 'pending'], { status: 'refunded' }, [revokedEvent]);
    if (!revoked) return;
    this.outbox.kick();
    await this.claims.release(ppvClaimKey(revoked.userId, revoked.videoId), revoked._id);
    this.cache.forgetUser(revoked.userId);
  }

  /** Like subscribing: every step finds what an earlier attempt of the same intent left. */
  private async buy(actor: AuthUser, order: PurchasePpvBody, id: string): Promise<PurchaseResponse> {
    const offer = await this.ppv.findOffer(order.videoId);
    if (!offer) throw DomainError.notFound('A pay-per-view offer for this video');
    const price = order.option === 'purchase' ? offer.purchasePrice : offer.rentalPrice;
    if (price === undefined || price === null) throw new DomainError(ErrorCodes.BillingOptionNotOffered, 422, `This video is not offered for ${order.option}.`);
    this.charges.checkPaymentMethod(order.paymentMethod);
    const now = this.clock.now();
    await this.claimVideo(actor.userId, order.videoId, id, now);
    const purchase = await this.ppv.insertPurchaseOnce({ _id: id, userId: actor.userId, videoId: order.videoId, creatorId: offer.creatorId, option: order.option, status: 'pending', maxQuality: offer.maxQuality, createdAt: now });
    const payment = await this.charges.charge({
      key: ppvChargeKey(id),
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
    await this.follow(payment);
    if (payment.status === 'failed') throw paymentFailure(payment);
    return toPurchaseResponse((await this.ppv.findPurchase(id)) ?? purchase, payment);
  }

  /** Makes the purchase follow its settled payment (idempotent: now, by webhook or by reconciliation). */
  async follow(payment: LedgerEntry): Promise<void> {
    if (payment.purpose.kind !== 'ppv') return;
    if (payment.status === 'completed') await this.activate(payment.purpose.purchaseId, payment._id);
    if (payment.status === 'failed') await this.fail(payment.purpose.purchaseId);
  }

  /** One paid (or paying) purchase per user and video, whatever the idempotency keys. */
  private async claimVideo(userId: string, videoId: string, purchaseId: string, now: Date): Promise<void> {
    const key = ppvClaimKey(userId, videoId);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const claim = await this.claims.claim(key, purchaseId, now);
      // Held by this very intent: an earlier attempt of the same request.
      if (claim.won || claim.owner === purchaseId) return;
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
