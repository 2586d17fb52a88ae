import { Inject, Injectable } from '@nestjs/common';
import { type AuthUser, Clock, DomainError, ErrorCodes, UsersClient, UsersPatterns } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { MediaConfig } from '../media.config.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { EntitlementPolicy } from './entitlement.policy.js';
import { PlaybackGrants, type PlaybackGrant } from './playback-grants.js';
import { RecentReads } from './playback-caches.js';
import { PlaybackTokens } from './playback-token.js';
import { StreamSlots } from './stream-slots.js';
import { ViewerRules } from './viewer-rules.js';

/**
 * How long a video read answers playlist, key and segment requests: a deletion or replacement
 * reaches them this much later (stream starts always read afresh).
 */
const RECENT_VIDEO_MS = 2000;

export interface AuthorizedPlayback {
  video: VideoDocument;
  grant: PlaybackGrant;
  playbackId: string;
}

/**
 * Every playlist, key, storyboard and segment request passes here, with the access token of the
 * sign-in session and profile that started the playback (anyone else: 403). A grant is live for
 * PLAYBACK_TOKEN_TTL_SECONDS after its start or last renewal; the first request after that renews
 * it, but only if the viewer's session is still live (users), the entitlement still holds
 * (billing), the profile's maturity and parental rules still allow the video (catalog) and a stream
 * slot is still free. So a pause of any length resumes, and a revoked session or entitlement or a
 * parent's new rule stops playback at the latest one grant lifetime later (ADR 0013).
 */
@Injectable()
export class PlaybackAccess {
  /** A player fetches several files at once when its grant lapses: they share one renewal. */
  private readonly renewals: RecentReads<PlaybackGrant>;
  private readonly recentVideos: RecentReads<VideoDocument | null>;

  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly tokens: PlaybackTokens,
    private readonly grants: PlaybackGrants,
    private readonly entitlements: EntitlementPolicy,
    private readonly streamSlots: StreamSlots,
    private readonly viewerRules: ViewerRules,
    private readonly users: UsersClient,
    private readonly clock: Clock,
  ) {
    // A shared read may take as long as the longest caller waits for media.
    this.renewals = new RecentReads(1000, 5000, config.NATS_REQUEST_TIMEOUT_MS);
    this.recentVideos = new RecentReads(RECENT_VIDEO_MS, 5000, config.NATS_REQUEST_TIMEOUT_MS);
  }

  /** Stores a new grant (taking a stream slot when the plan limits them) and answers its token. */
  async open(video: VideoDocument, grant: Omit<PlaybackGrant, 'liveUntil' | 'endsAt'>, now: Date): Promise<{ token: string; playbackId: string; liveUntil: Date }> {
    const { playbackId, token } = this.tokens.issue(video.id as string);
    const liveUntil = now.getTime() + this.config.PLAYBACK_TOKEN_TTL_SECONDS * 1000;
    await this.takeSlot(grant, playbackId, now, liveUntil);
    await this.grants.save(playbackId, { ...grant, liveUntil, endsAt: now.getTime() + this.config.PLAYBACK_MAX_HOURS * 3_600_000 });
    return { token, playbackId, liveUntil: new Date(liveUntil) };
  }

  async authorize(videoId: string, token: string, actor: AuthUser): Promise<AuthorizedPlayback> {
    const playbackId = this.tokens.verify(token, videoId);
    const [stored, video] = await Promise.all([this.grants.find(playbackId), this.recentVideos.get(videoId, () => this.videos.findById(videoId))]);
    const now = this.clock.now();
    if (!stored || stored.videoId !== videoId || stored.endsAt <= now.getTime()) {
      throw new DomainError(ErrorCodes.MediaPlaybackTokenExpired, 401, 'This playback has ended; ask for a new stream URL.');
    }
    // A playback URL replayed by another account, another sign-in or another profile is not theirs.
    if (!isViewerOf(stored, actor)) throw new DomainError(ErrorCodes.MediaPlaybackNotYours, 403, 'This playback was started by another viewer; ask for a stream URL of your own.');
    // A replaced or deleted asset ends its grants.
    if (!video || video.status !== 'ready' || video.assetId !== stored.assetId) {
      throw new DomainError(ErrorCodes.MediaPlaybackTokenInvalid, 401, 'The playback token is no longer valid for this video.');
    }
    const grant = stored.liveUntil > now.getTime() ? stored : await this.renewals.get(playbackId, () => this.renew(playbackId, stored, video, actor, now));
    return { video, grant, playbackId };
  }

  private async renew(playbackId: string, grant: PlaybackGrant, video: VideoDocument, actor: AuthUser, now: Date): Promise<PlaybackGrant> {
    const { active } = await this.users.send(UsersPatterns.CheckSession, { userId: grant.userId, sessionId: grant.sessionId });
    if (!active) {
      await this.grants.remove(playbackId);
      throw new DomainError(ErrorCodes.MediaPlaybackTokenExpired, 401, 'The session that started this playback has ended; sign in again.');
    }
    let maxStreams = grant.maxStreams;
    if (!grant.privileged) {
      // The rules as they are now (a parent may have denied the title mid-play), for the profile as its token is now.
      try {
        await this.viewerRules.requireAllowed(actor, video);
      } catch (refusal) {
        if (refusal instanceof DomainError && refusal.status === 403) await this.grants.remove(playbackId);
        throw refusal;
      }
      const entitlement = await this.entitlements.entitlementOf(grant.userId, video);
      if (!entitlement.allowed) {
        await this.grants.remove(playbackId);
        throw new DomainError(ErrorCodes.MediaEntitlementRequired, 403, 'Playing this video needs a subscription or a purchase.', { monetization: video.monetizationModel });
      }
      maxStreams = entitlement.maxStreams;
    }
    const renewed: PlaybackGrant = { ...grant, maxStreams, liveUntil: now.getTime() + this.config.PLAYBACK_TOKEN_TTL_SECONDS * 1000 };
    await this.takeSlot(renewed, playbackId, now, renewed.liveUntil);
    await this.grants.save(playbackId, renewed);
    return renewed;
  }

  private async takeSlot(grant: Pick<PlaybackGrant, 'userId' | 'maxStreams'>, playbackId: string, now: Date, until: number): Promise<void> {
    if (grant.maxStreams === undefined) return;
    if (!(await this.streamSlots.take(grant.userId, playbackId, grant.maxStreams, now, new Date(until)))) {
      throw new DomainError(ErrorCodes.MediaStreamLimitReached, 403, `Your plan allows ${grant.maxStreams} stream(s) at once; stop one on another device first.`, { maxStreams: grant.maxStreams });
    }
  }
}

/** The sign-in session and profile that started the playback; the user id guards against a session id reused across accounts. */
function isViewerOf(grant: PlaybackGrant, actor: AuthUser): boolean {
  return grant.userId === actor.userId && grant.sessionId === actor.sessionId && (grant.profileId ?? null) === (actor.profileId ?? null);
}
