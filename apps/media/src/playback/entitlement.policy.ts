import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';

/**
 * May this viewer play this video? Billing owns entitlements; until its contract exists, media
 * uses the default below. Replace the provider with one that asks billing over NATS.
 */
export abstract class EntitlementPolicy {
  abstract isEntitled(viewer: AuthUser, video: VideoDocument): Promise<boolean>;
}

/** Default: free and ad-supported videos play for everyone; subscription and pay-per-view only for their owner and admins. */
@Injectable()
export class FreeContentEntitlementPolicy extends EntitlementPolicy {
  isEntitled(viewer: AuthUser, video: VideoDocument): Promise<boolean> {
    const free = video.monetizationModel === 'free' || video.monetizationModel === 'ad_supported';
    return Promise.resolve(free || viewer.userId === video.ownerId || viewer.role === 'admin');
  }
}
