import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { NotificationKind } from '@onstream/common';
import { Notification, type NotificationDocument, type NotificationMailState } from '@onstream/common/schemas/notification.schema.js';
import type { Model } from 'mongoose';
import { olderThan, type ListPosition } from '../library/library.repository.js';

const DUPLICATE_KEY = 11000;

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
  title: string;
  body: string;
  data: Record<string, string>;
  mail: Extract<NotificationMailState, 'off' | 'pending'>;
  createdAt: Date;
}

/** In-app notifications of accounts. Every read and write names the owner. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectModel(Notification.name) private readonly notifications: Model<Notification>) {}

  /** Inserts each once per (user, dedupeKey); rows that exist already are left as they are. */
  async insertMissing(rows: NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    try {
      await this.notifications.collection.insertMany(rows.map((row) => ({ ...row, readAt: null })), { ordered: false });
    } catch (error) {
      if (!onlyDuplicates(error)) throw error;
    }
  }

  /** Notifications of this fact whose e-mail is still to be queued (also after a crash between the steps). */
  pendingMail(dedupeKey: string, userIds: string[]): Promise<NotificationDocument[]> {
    return this.notifications.find({ dedupeKey, userId: { $in: userIds }, mail: 'pending' }).exec();
  }

  async setMail(id: string, mail: NotificationMailState): Promise<void> {
    await this.notifications.updateOne({ _id: id }, { $set: { mail } }).exec();
  }

  findById(id: string): Promise<NotificationDocument | null> {
    return this.notifications.findById(id).exec();
  }

  page(userId: string, options: { unreadOnly: boolean }, after: ListPosition | null, limit: number): Promise<NotificationDocument[]> {
    const filter = { userId, ...(options.unreadOnly ? { readAt: null } : {}), ...olderThan('createdAt', after) };
    return this.notifications.find(filter).sort({ createdAt: -1, _id: -1 }).limit(limit).exec();
  }

  countUnread(userId: string): Promise<number> {
    return this.notifications.countDocuments({ userId, readAt: null }).exec();
  }

  /** Marks one of the owner's notifications read (keeps the first read time); null if it is not theirs. */
  async markRead(userId: string, id: string, now: Date): Promise<NotificationDocument | null> {
    const marked = await this.notifications.findOneAndUpdate({ _id: id, userId, readAt: null }, { $set: { readAt: now } }, { returnDocument: 'after' }).exec();
    return marked ?? this.notifications.findOne({ _id: id, userId }).exec();
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    const { modifiedCount } = await this.notifications.updateMany({ userId, readAt: null }, { $set: { readAt: now } }).exec();
    return modifiedCount;
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.notifications.deleteMany({ userId }).exec();
  }
}

/** An unordered insertMany that failed only on rows that already exist. */
function onlyDuplicates(error: unknown): boolean {
  const { code, writeErrors } = error as { code?: number; writeErrors?: Array<{ code?: number }> | { code?: number } };
  if (writeErrors === undefined) return code === DUPLICATE_KEY;
  const list = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
  return list.length > 0 && list.every((e) => e.code === DUPLICATE_KEY);
}
