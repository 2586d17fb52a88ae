import { Injectable } from '@nestjs/common';
import type { EntitlementResponse } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';

interface CachedAnswer {
  answer: EntitlementResponse;
  /** Wall-clock ms after which the entry is recomputed. */
  freshUntil: number;
}

/**
 * Entitlement answers per user and video, in this replica's memory. Every billing write that can
 * change a user's access calls forgetUser; other replicas see the change within
 * BILLING_ENTITLEMENT_CACHE_MS. An answer that expires itself (rental, period end) is never
 * served past its own expiresAt.
 */
@Injectable()
export class EntitlementCache {
  private readonly byUser = new Map<string, Map<string, CachedAnswer>>();

  constructor(private readonly config: BillingConfig) {}

  get(userId: string, videoId: string, now: Date): EntitlementResponse | undefined {
    const cached = this.byUser.get(userId)?.get(videoId);
    if (!cached) return undefined;
    const expired = cached.answer.expiresAt !== undefined && Date.parse(cached.answer.expiresAt) <= now.getTime();
    if (cached.freshUntil <= Date.now() || expired) {
      this.byUser.get(userId)?.delete(videoId);
      return undefined;
    }
    return cached.answer;
  }

  set(userId: string, videoId: string, answer: EntitlementResponse): void {
    if (this.config.BILLING_ENTITLEMENT_CACHE_MS === 0) return;
    let answers = this.byUser.get(userId);
    if (!answers) {
      answers = new Map();
      this.byUser.set(userId, answers);
    }
    answers.set(videoId, { answer, freshUntil: Date.now() + this.config.BILLING_ENTITLEMENT_CACHE_MS });
  }

  forgetUser(userId: string): void {
    this.byUser.delete(userId);
  }
}
