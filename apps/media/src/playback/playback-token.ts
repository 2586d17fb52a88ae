import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes } from '@onstream/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { MediaConfig } from '../media.config.js';

export interface PlaybackClaims {
  /** video id */
  v: string;
  /** asset id the token was issued for */
  a: string;
  /** viewer (user id) */
  u: string;
  /** expiry, seconds since the epoch */
  exp: number;
  /** highest rendition height the viewer is entitled to; absent: all */
  q?: number;
}

/** Short-lived HMAC-signed playback tokens: `base64url(claims).base64url(hmac)`. */
@Injectable()
export class PlaybackTokens {
  private readonly secret: string;

  constructor(@Inject(MediaConfig) config: MediaConfig) {
    this.secret = config.playbackSecret;
  }

  sign(claims: PlaybackClaims): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a token signed here for this video and not expired at `now`; else 401. */
  verify(token: string, videoId: string, now: Date): PlaybackClaims {
    const [body, mac] = token.split('.');
    const invalid = () => new DomainError(ErrorCodes.MediaPlaybackTokenInvalid, 401, 'The playback token is not valid for this video.');
    if (!body || !mac) throw invalid();
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PlaybackClaims;
    if (claims.v !== videoId) throw invalid();
    if (claims.exp * 1000 <= now.getTime()) throw new DomainError(ErrorCodes.MediaPlaybackTokenExpired, 401, 'The playback token has expired; ask for a new stream URL.');
    return claims;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
