import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Video, type VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { outboxFields, outboxPinned, withOutbox, type OutboxEvent } from '@onstream/common';
import { isValidObjectId, type Model, type Types, type UpdateQuery } from 'mongoose';

export type NewVideo = Omit<Video, 'status' | 'renditions' | 'createdAt' | 'updatedAt' | 'outbox' | 'outboxAt'> & { _id: Types.ObjectId };

/** The outbox entries a write keeps (the owner trimming published ones), read from the video it changes. */
export interface OutboxTrim {
  read: Pick<Video, 'outboxAt'>;
  keep: OutboxEvent[];
}

/** Mongo access for videos. Soft-deleted videos are invisible to every read but `findDeletedBefore`. */
@Injectable()
export class VideosRepository {
  constructor(@InjectModel(Video.name) private readonly videos: Model<Video>) {}

  /** Inserts the video with its events (the outbox). */
  create(video: NewVideo, events: OutboxEvent[]): Promise<VideoDocument> {
    return this.videos.create({ ...video, status: 'awaiting_upload', renditions: [], ...outboxFields(events) });
  }

  async findById(id: string): Promise<VideoDocument | null> {
    if (!isValidObjectId(id)) return null;
    return this.videos.findOne({ _id: id, deletedAt: { $exists: false } });
  }

  async page(ownerId: string | undefined, page: number, limit: number): Promise<{ items: VideoDocument[]; total: number }> {
    const filter = { deletedAt: { $exists: false }, ...(ownerId ? { ownerId } : {}) };
    const [items, total] = await Promise.all([
      this.videos.find(filter).sort({ createdAt: -1, _id: -1 }).skip((page - 1) * limit).limit(limit),
      this.videos.countDocuments(filter),
    ]);
    return { items, total };
  }

  update(id: string, changes: UpdateQuery<Video>): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, deletedAt: { $exists: false } }, changes, { returnDocument: 'after' });
  }

  /**
   * Applies a creator's changes with their events only while the video is still in `status` (which
   * decided the events); null when it moved on. With `trim`, also drops published events, pinned to
   * the events it read.
   */
  updateIn(id: string, status: Video['status'], changes: UpdateQuery<Video>, events: OutboxEvent[], trim?: OutboxTrim): Promise<VideoDocument | null> {
    const filter = { _id: id, status, deletedAt: { $exists: false }, ...(trim ? outboxPinned(trim.read) : {}) };
    return this.videos.findOneAndUpdate(filter, withOutbox<Video>(changes, events, trim?.keep), { returnDocument: 'after' });
  }

  /** Atomically moves a video from one status to another; null when it was not in `from`. */
  transition(id: string, from: Video['status'][], changes: UpdateQuery<Video>): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, status: { $in: from }, deletedAt: { $exists: false } }, changes, { returnDocument: 'after' });
  }

  /** Updates only while the video still belongs to this asset (a replaced upload must not overwrite). */
  updateAsset(id: string, assetId: string, changes: UpdateQuery<Video>, events: OutboxEvent[] = []): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, assetId }, withOutbox<Video>(changes, events), { returnDocument: 'after' });
  }

  /** `updateAsset` only while nobody changed the video since it was read at `updatedAt` (its events were made from that read). */
  updateAssetAsRead(id: string, assetId: string, updatedAt: Date, changes: UpdateQuery<Video>, events: OutboxEvent[]): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, assetId, updatedAt }, withOutbox<Video>(changes, events), { returnDocument: 'after' });
  }

  /** Sets the moderation flag (idempotent: the same value twice is one state). */
  setModerationHidden(id: string, hidden: boolean): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, deletedAt: { $exists: false } }, { $set: { moderationHidden: hidden } }, { returnDocument: 'after' });
  }

  /** Hides the video, with its events in the same write. */
  softDelete(id: string, at: Date, events: OutboxEvent[]): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, deletedAt: { $exists: false } }, withOutbox<Video>({ $set: { deletedAt: at } }, events), { returnDocument: 'after' });
  }

  findDeletedBefore(cutoff: Date, limit: number): Promise<VideoDocument[]> {
    return this.videos.find({ deletedAt: { $lt: cutoff } }).limit(limit);
  }

  /** Removes the record of a soft-deleted video (a live one is never removed here). */
  async remove(id: string): Promise<void> {
    await this.videos.deleteOne({ _id: id, deletedAt: { $exists: true } });
  }
}
