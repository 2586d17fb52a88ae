import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AssetReadyEvent, ProcessedEvents, VideoDeletedEvent } from '@onstream/common';
import { Types } from 'mongoose';
import { GenresService } from '../genres/genres.service.js';
import { CLOCK, type Clock } from '../lists/clock.js';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { newTitleFields } from '../titles/title-fields.js';
import { TitlesRepository } from '../titles/titles.repository.js';

export const DELETED_VIDEOS = Symbol('DELETED_VIDEOS');
/** Deleted media videos are remembered (as "processed" under this name) so a late ready event cannot bring one back. */
export const DELETED_VIDEOS_RECORD = 'catalog-deleted-videos';

const DUPLICATE_KEY = 11000;

/**
 * Our own streams in the catalog. A ready asset makes the titles linked to its video playable;
 * a public video without a title gets a creator-video title (with the video's id, so a redelivery
 * cannot create two). A deleted video's own title goes, and linked titles stop being playable.
 */
@Injectable()
export class OwnStreamsService {
  private readonly logger = new Logger(OwnStreamsService.name);

  constructor(
    private readonly titles: TitlesRepository,
    private readonly changes: TitleChangeFeed,
    private readonly genres: GenresService,
    @Inject(DELETED_VIDEOS) private readonly deleted: ProcessedEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async assetReady(event: AssetReadyEvent): Promise<void> {
    if (await this.deleted.has(DELETED_VIDEOS_RECORD, event.videoId)) return;
    const stream = { videoId: event.videoId, assetId: event.assetId, durationSeconds: event.durationSeconds, readyAt: this.clock.now() };
    const linked = await this.titles.findByMediaVideoId(event.videoId);
    if (linked.length === 0) {
      if (event.video?.visibility !== 'public' || !Types.ObjectId.isValid(event.videoId)) return;
      await this.createCreatorVideo(event, stream);
      await this.afterChange([event.videoId]);
    } else {
      await this.titles.setStream(event.videoId, stream);
      await this.afterChange(linked.map((title) => title._id.toHexString()));
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
    await this.afterChange(linked.map((title) => title._id.toHexString()));
    this.logger.log({ msg: 'own stream removed', videoId: event.videoId, titlesRemoved: own.length });
  }

  private async createCreatorVideo(event: AssetReadyEvent, stream: { videoId: string; assetId: string; durationSeconds: number; readyAt: Date }): Promise<void> {
    const video = event.video;
    if (!video) return;
    const fields = newTitleFields({
      type: 'creator_video',
      title: video.title,
      overview: video.description,
      releaseDate: stream.readyAt.toISOString().slice(0, 10),
      runtimeMinutes: Math.max(1, Math.round(event.durationSeconds / 60)),
      genres: [genreName(video.category)],
      keywords: video.tags,
      maturityLevel: video.maturityLevel ?? '18+',
      ...(/^[a-z]{2}/i.test(video.language) && { originalLanguage: video.language.slice(0, 2).toLowerCase() }),
    });
    try {
      await this.titles.create({ ...fields, cast: [], crew: [], parentId: null, tags: [], mediaVideoId: event.videoId, stream }, new Types.ObjectId(event.videoId));
    } catch (error) {
      // Created by an earlier delivery: just refresh its stream.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await this.titles.setStream(event.videoId, stream);
    }
  }

  private async afterChange(ids: string[]): Promise<void> {
    await Promise.all([this.changes.titlesChanged(ids), this.genres.recount()]);
  }
}

/** Media categories are free words ("travel"); catalog genres are capitalised names ("Travel"). */
function genreName(category: string): string {
  const trimmed = category.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
