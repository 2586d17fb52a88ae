import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes } from '@onstream/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { MediaConfig } from '../media.config.js';

/** `<playback id>.<hmac>`: 22 + 1 + 43 URL-safe characters, short enough for a path segment. */
const GRANT_TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/**
 * Playback grant tokens name one playback (a random id) of one video, signed with HMAC-SHA256.
 * They carry no expiry or viewer: what the grant allows, and until when, is kept server-side
 * (PlaybackGrants), so it can be renewed and revoked while the URLs in the player stay the same.
 */
@Injectable()
export class PlaybackTokens {
  private readonly secret: string;

  constructor(@Inject(MediaConfig) config: MediaConfig) {
    this.secret = config.playbackSecret;
  }

  /** A fresh playback id and its token for this video. */
  issue(videoId: string): { playbackId: string; token: string } {
    const playbackId = randomBytes(16).toString('base64url');
    return { playbackId, token: `${playbackId}.${this.mac(videoId, playbackId)}` };
  }

  /** The playback id of a token signed here for this video; else 401. */
  verify(token: string, videoId: string): string {
    const match = GRANT_TOKEN.exec(token);
    if (!match) throw invalidGrant();
    const expected = Buffer.from(this.mac(videoId, match[1]));
    const given = Buffer.from(match[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalidGrant();
    return match[1];
  }

  private mac(videoId: string, playbackId: string): string {
    return createHmac('sha256', this.secret).update(`${videoId}.${playbackId}`).digest('base64url');
  }
}

export function invalidGrant(): DomainError {
  return new DomainError(ErrorCodes.MediaPlaybackTokenInvalid, 401, 'The playback token is not valid for this video.');
}
