import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Video, type VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { isValidObjectId, type Model, type UpdateQuery } from 'mongoose';

export type NewVideo = Omit<Video, 'status' | 'renditions' | 'createdAt' | 'updatedAt'>;

/** Mongo access for videos. Soft-deleted videos are invisible to every read but `findDeletedBefore`. */
@Injectable()
export class VideosRepository {
  constructor(@InjectModel(Video.name) private readonly videos: Model<Video>) {}

  create(video: NewVideo): Promise<VideoDocument> {
    return this.videos.create({ ...video, status: 'awaiting_upload', renditions: [] });
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

  /** Atomically moves a video from one status to another; null when it was not in `from`. */
  transition(id: string, from: Video['status'][], changes: UpdateQuery<Video>): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, status: { $in: from }, deletedAt: { $exists: false } }, changes, { returnDocument: 'after' });
  }

  /** Updates only while the video still belongs to this asset (a replaced upload must not overwrite). */
  updateAsset(id: string, assetId: string, changes: UpdateQuery<Video>): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, assetId }, changes, { returnDocument: 'after' });
  }

  /** Sets the moderation flag (idempotent: the same value twice is one state). */
  setModerationHidden(id: string, hidden: boolean): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, deletedAt: { $exists: false } }, { $set: { moderationHidden: hidden } }, { returnDocument: 'after' });
  }

  softDelete(id: string, at: Date): Promise<VideoDocument | null> {
    return this.videos.findOneAndUpdate({ _id: id, deletedAt: { $exists: false } }, { $set: { deletedAt: at } }, { returnDocument: 'after' });
  }

  findDeletedBefore(cutoff: Date, limit: number): Promise<VideoDocument[]> {
    return this.videos.find({ deletedAt: { $lt: cutoff } }).limit(limit);
  }

  /** Removes the record of a soft-deleted video (a live one is never removed here). */
  async remove(id: string): Promise<void> {
    await this.videos.deleteOne({ _id: id, deletedAt: { $exists: true } });
  }
}
