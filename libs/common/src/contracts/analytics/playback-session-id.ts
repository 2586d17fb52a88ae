import { createHmac, timingSafeEqual } from 'node:crypto';

/** 22 base64url characters of the playback id (16 random bytes), then 22 of the MAC (128 bits). */
const SESSION_ID = /^([A-Za-z0-9_-]{22})([A-Za-z0-9_-]{22})$/;

/**
 * Playback session ids: media issues one at each stream start (`StreamResponse.playbackSessionId`),
 * and the gateway counts a player's analytics events only under one it can verify. The id is the
 * playback id followed by an HMAC-SHA256 over the video id and the playback id, so no one can
 * invent sessions to inflate views or trending, nor move a session to another video. It fits the
 * events' `sessionId` pattern (44 characters, no separator) and needs no lookup.
 */
export class PlaybackSessionIds {
  constructor(private readonly secret: string) {}

  issue(videoId: string, playbackId: string): string {
    return `${playbackId}${this.mac(videoId, playbackId)}`;
  }

  /** Whether media issued this session id for this video. */
  verify(sessionId: string, videoId: string): boolean {
    const match = SESSION_ID.exec(sessionId);
    if (!match) return false;
    const expected = Buffer.from(this.mac(videoId, match[1]));
    return timingSafeEqual(expected, Buffer.from(match[2]));
  }

  private mac(videoId: string, playbackId: string): string {
    return createHmac('sha256', this.secret).update(`${videoId}.${playbackId}`).digest().subarray(0, 16).toString('base64url');
  }
}

/** The signing key media and the gateway share: PLAYBACK_SESSION_SECRET, else one derived from JWT_SECRET. */
export function playbackSessionSecret(config: { PLAYBACK_SESSION_SECRET?: string; JWT_SECRET?: string }): string {
  if (config.PLAYBACK_SESSION_SECRET) return config.PLAYBACK_SESSION_SECRET;
  if (!config.JWT_SECRET) throw new Error('Invalid configuration: PLAYBACK_SESSION_SECRET (or JWT_SECRET) is required');
  return createHmac('sha256', config.JWT_SECRET).update('onstream-playback-sessions').digest('hex');
}
