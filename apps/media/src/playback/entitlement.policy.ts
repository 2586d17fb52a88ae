import { Inject, Injectable } from '@nestjs/common';
import { BillingClient, BillingPatterns, type EntitlementResponse } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { MediaConfig } from '../media.config.js';

/** What a viewer may do with one video: play it at all, up to which height, on how many streams at once. */
export interface PlaybackEntitlement {
  allowed: boolean;
  /** Highest rendition height the viewer may receive; absent: every rendition. */
  maxHeight?: number;
  /** Streams this viewer may run at once; absent: no limit. */
  maxStreams?: number;
}

/** May this viewer (user id) play this video, and within which limits? Owners and admins are decided before this is asked. */
export abstract class EntitlementPolicy {
  abstract entitlementOf(userId: string, video: VideoDocument): Promise<PlaybackEntitlement>;
}

/** `1080p` → 1080. */
export function heightOfQuality(quality: string): number {
  return Number.parseInt(quality, 10);
}

/**
 * Free and ad-supported videos play for everyone without asking billing. Subscription and
 * pay-per-view videos are decided by billing over NATS (`billing.entitlement.check`) within
 * ENTITLEMENT_TIMEOUT_MS; billing not answering is a 503 from the client, never an allow.
 * A pay-per-view video needs a purchase of that video: a subscription does not unlock it.
 */
@Injectable()
export class BillingEntitlementPolicy extends EntitlementPolicy {
  constructor(
    private readonly billing: BillingClient,
    @Inject(MediaConfig) private readonly config: MediaConfig,
  ) {
    super();
  }

  async entitlementOf(userId: string, video: VideoDocument): Promise<PlaybackEntitlement> {
    if (video.monetizationModel === 'free' || video.monetizationModel === 'ad_supported') return { allowed: true };
    const answer = await this.billing.send(
      BillingPatterns.CheckEntitlement,
      { userId, videoId: video.id },
      { timeoutMs: this.config.ENTITLEMENT_TIMEOUT_MS },
    );
    const allowed = answer.allowed && (video.monetizationModel !== 'pay_per_view' || answer.source === 'ppv');
    return allowed ? limitsOf(answer) : { allowed: false };
  }
}

function limitsOf(answer: EntitlementResponse): PlaybackEntitlement {
  return {
    allowed: true,
    ...(answer.maxQuality ? { maxHeight: heightOfQuality(answer.maxQuality) } : {}),
    ...(answer.maxStreams > 0 ? { maxStreams: answer.maxStreams } : {}),
  };
}
