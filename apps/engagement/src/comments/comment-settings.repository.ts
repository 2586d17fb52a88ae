import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

interface CommentSettingsRecord {
  _id: string;
  commentsEnabled: boolean;
  updatedBy: string;
  updatedAt: Date;
}

/** Per-target comment settings (a creator turns comments off on a video); absent = comments on. */
@Injectable()
export class CommentSettingsRepository {
  private readonly settings;

  constructor(@InjectConnection() connection: Connection) {
    this.settings = connection.collection<CommentSettingsRecord>('comment_settings');
  }

  async commentsEnabled(targetKey: string): Promise<boolean> {
    return (await this.settings.findOne({ _id: targetKey }))?.commentsEnabled ?? true;
  }

  async save(targetKey: string, commentsEnabled: boolean, updatedBy: string, at: Date): Promise<void> {
    await this.settings.updateOne({ _id: targetKey }, { $set: { commentsEnabled, updatedBy, updatedAt: at } }, { upsert: true });
  }
}
