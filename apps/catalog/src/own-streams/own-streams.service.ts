import type { OwnStream } from '@onstream/common/schemas/title.schema.js';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CatalogBroadcasts, type AssetReadyEvent, type CacheStaleBroadcast, type ProcessedEvents, type VideoDeletedEvent, type VideoUpdatedEvent } from '@onstream/common';
import { Types } from 'mongoose';
import { GenresService } from '../genres/genres.service.js';
import { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { newTitleFields, type TitleFields } from '../titles/title-fields.js';
import { TitlesRepository } from '../titles/titles.repository.js';

export const DELETED_VIDEOS = Symbol('DELETED_VIDEOS');
/** Deleted media videos are remembered (as "processed" under this name) so a late ready event cannot bring one back. */
export const DELETED_VIDEOS_RECORD = 'catalog-deleted-videos';

const DUPLICATE_KEY = 11000;

/**
 * Our own streams in the catalog. A ready asset makes the titles linked to its video playable;
 * a public video without a title gets a creator-video title (with the video's id, so a redelivery
 * cannot create two). A deleted video's own title goes, and linked titles stop being playable.
 * A ready video's later edits reach its own title; one no longer public leaves the catalog.
 */
@Injectable()
export class OwnStreamsService {
  private readonly logger = new Logger(OwnStreamsService.name);

  constructor(
    private readonly titles: TitlesRepository,
    private readonly changes: TitleChangeFeed,
    private readonly genres: GenresService,
    @Inject(DELETED_VIDEOS) private readonly deleted: ProcessedEvents,
    private readonly clock: Clock,
    private readonly broadcasts: CatalogBroadcastBus,
  ) {}

  async assetReady(event: AssetReadyEvent): Promise<void> {
    if (await this.deleted.has(DELETED_VIDEOS_RECORD, event.videoId)) return;
    const stream = { videoId: event.videoId, assetId: event.assetId, durationSeconds: event.durationSeconds, readyAt: this.clock.now(), captionLanguages: event.video?.captionLanguages ?? [] };
    const linked = await this.titles.findByMediaVideoId(event.videoId);
    if (linked.length === 0) {
      if (event.video?.visibility !== 'public' || !Types.ObjectId.isValid(event.videoId)) return;
      await this.createCreatorVideo(event, stream);
      await this.afterChange([event.videoId], `video ${event.videoId} became playable`);
    } else {
      await this.titles.setStream(event.videoId, stream);
      await this.afterChange(linked.map((title) => title._id.toHexString()), `video ${event.videoId} became playable`);
    }
    this.logger.log({ msg: 'own stream ready', videoId: event.videoId, assetId: event.assetId });
  }

  async videoDeleted(event: VideoDeletedEvent): Promise<void> {
    await this.deleted.remember(DELETED_VIDEOS_RECORD, event.videoId);
    const linked = await this.titles.findByMediaVideoId(event.videoId);
    if (linked.length === 0) return;
    const own = linked.filter((title) => title.type === 'creator_video' && title._id.toHexString() === event.videoId);
    for (const title of own) await this.titles.deleteTree(title._id.toHexString());
    await this.titles.setStream(event.videoId, null);
    await this.afterChange(linked.map((title) => title._id.toHexString()), `video ${event.videoId} left the catalog`);
    this.logger.log({ msg: 'own stream removed', videoId: event.videoId, titlesRemoved: own.length });
  }

  /** A ready video was edited: its own title follows, leaves the catalog when no longer public, comes back when public again. */
  async videoUpdated(event: VideoUpdatedEvent): Promise<void> {
    if (await this.deleted.has(DELETED_VIDEOS_RECORD, event.videoId)) return;
    const linked = await this.titles.findByMediaVideoId(event.videoId);
    const own = linked.find((title) => title.type === 'creator_video' && title._id.toHexString() === event.videoId);
    if (event.video.visibility !== 'public') {
      if (!own) return;
      await this.titles.deleteTree(event.videoId);
    } else if (own) {
      if (event.video.captionLanguages) await this.titles.setStreamCaptions(event.videoId, event.video.captionLanguages);
      const { title, sortTitle, overview, genres, keywords, originalLanguage } = creatorVideoFields(event.video, event.durationSeconds, own.releaseDate ?? this.clock.now());
      await this.titles.update(event.videoId, { title, sortTitle, overview, genres, keywords, originalLanguage });
    } else if (linked.length === 0 && Types.ObjectId.isValid(event.videoId)) {
      // Made public after it was ready: listed as a public video is when it becomes ready.
      await this.createCreatorVideo({ ...event, renditions: [], posterKey: '' }, { videoId: event.videoId, assetId: event.assetId, durationSeconds: event.durationSeconds, readyAt: this.clock.now(), captionLanguages: event.video.captionLanguages ?? [] });
    } else {
      return;
    }
    await this.afterChange([event.videoId], event.video.visibility === 'public' ? `video ${event.videoId} changed` : `video ${event.videoId} left the catalog`);
    this.logger.log({ msg: 'own video updated', videoId: event.videoId, visibility: event.video.visibility });
  }

  private async createCreatorVideo(event: AssetReadyEvent, stream: OwnStream): Promise<void> {
    const video = event.video;
    if (!video) return;
    const fields = creatorVideoFields(video, event.durationSeconds, stream.readyAt);
    try {
      await this.titles.create({ ...fields, cast: [], crew: [], parentId: null, tags: [], mediaVideoId: event.videoId, stream }, new Types.ObjectId(event.videoId));
    } catch (error) {
      // Created by an earlier delivery: just refresh its stream.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await this.titles.setStream(event.videoId, stream);
    }
  }

  /**
   * After the titles changed: the search and browse indexes, the genre counts, and the gateways'
   * cached pages, lists and searches (a title that became playable, or a video that must no longer
   * be seen, shows so at once, not after the cache's TTL). The cache is dropped last, so a read
   * that began before the change is not stored after it.
   */
  private async afterChange(ids: string[], reason: string): Promise<void> {
    await Promise.all([this.changes.titlesChanged(ids), this.genres.recount()]);
    await this.broadcasts.publish<CacheStaleBroadcast>(CatalogBroadcasts.CacheStale, { reason });
  }
}

function creatorVideoFields(video: NonNullable<AssetReadyEvent['video']>, durationSeconds: number, releasedAt: Date): TitleFields {
  return newTitleFields({
    type: 'creator_video',
    title: video.title,
    overview: video.description,
    releaseDate: releasedAt.toISOString().slice(0, 10),
    runtimeMinutes: Math.max(1, Math.round(durationSeconds / 60)),
    genres: [genreName(video.category)],
    keywords: video.tags,
    maturityLevel: video.maturityLevel ?? '18+',
    ...(/^[a-z]{2}/i.test(video.language) && { originalLanguage: video.language.slice(0, 2).toLowerCase() }),
  });
}

/** Media categories are free words ("travel"); catalog genres are capitalised names ("Travel"). */
function genreName(category: string): string {
  const trimmed = category.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
