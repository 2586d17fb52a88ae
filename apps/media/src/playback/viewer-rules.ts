import { Injectable } from '@nestjs/common';
import { CatalogClient, CatalogPatterns, DomainError, ErrorCodes, type AuthUser } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';

/**
 * Maturity and parental rules at the stream. Kid profiles, paired devices and profiles with a
 * maturity limit are decided by catalog, which owns titles and their ratings and tags and asks
 * users for the parent's current policy (ADR 0007): the video's own rating, then every title
 * streaming it. Catalog not answering is a 503 from the client, never an allow.
 */
@Injectable()
export class ViewerRules {
  constructor(private readonly catalog: CatalogClient) {}

  async requireAllowed(actor: AuthUser, video: VideoDocument): Promise<void> {
    if (!actor.kidProfile && actor.tokenType !== 'device' && actor.maturityLimit === undefined) return;
    const { allowed, reason } = await this.catalog.send(CatalogPatterns.CheckPlayback, { actor, videoId: video.id as string, maturityLevel: video.maturityLevel ?? '18+' });
    if (allowed) return;
    if (reason === 'maturity') throw new DomainError(ErrorCodes.MediaMaturityRestricted, 403, 'This video is above the maturity level of this profile.');
    throw new DomainError(ErrorCodes.MediaParentalDenied, 403, 'A parent’s rules do not allow this video on this profile.');
  }
}
