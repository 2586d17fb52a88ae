import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

interface VideoOwner {
  _id: string;
  creatorId: string;
  updatedAt: Date;
}

/** videoId → creatorId, fed by media.video.created until media owns video metadata (ADR 0004). */
@Injectable()
export class VideoOwnersRepository {
  private readonly owners;

  constructor(@InjectConnection() connection: Connection) {
    this.owners = connection.collection<VideoOwner>('video_owners');
  }

  async record(videoId: string, creatorId: string): Promise<void> {
    await this.owners.updateOne({ _id: videoId }, { $set: { creatorId, updatedAt: new Date() } }, { upsert: true });
  }

  async creatorsOf(videoIds: string[]): Promise<Map<string, string>> {
    const rows = await this.owners.find({ _id: { $in: videoIds } }).toArray();
    return new Map(rows.map((row) => [row._id, row.creatorId]));
  }

  async creatorOf(videoId: string): Promise<string | undefined> {
    return (await this.owners.findOne({ _id: videoId }))?.creatorId;
  }

  count(): Promise<number> {
    return this.owners.countDocuments({});
  }
}
