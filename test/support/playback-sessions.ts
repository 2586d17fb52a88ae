import { randomBytes } from 'node:crypto';
import { PlaybackSessionIds, playbackSessionSecret } from '@onstream/common';
import type { Platform } from './platform.js';

/**
 * Playback session ids signed with the platform's secret, as media issues them at a stream start:
 * for analytics tests whose simulated players do not start real streams.
 */
export function playbackSessionId(platform: Platform, videoId: string): string {
  const sessions = new PlaybackSessionIds(playbackSessionSecret({ JWT_SECRET: platform.env.JWT_SECRET }));
  return sessions.issue(videoId, randomBytes(16).toString('base64url'));
}
