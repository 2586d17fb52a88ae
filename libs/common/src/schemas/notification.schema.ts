import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { type HydratedDocument, Schema as MongooseSchema } from 'mongoose';
import { NotificationKinds, type NotificationKind } from '../contracts/users/notification.dto.js';

/** Where the e-mail of a notification stands: `off` (preferences say no), `pending` → `queued` → `sent` or `failed`. */
export const NotificationMailStates = ['off', 'pending', 'queued', 'sent', 'failed'] as const;
export type NotificationMailState = (typeof NotificationMailStates)[number];

/** One in-app notification of one account. Owned and registered by the users app only. */
@Schema({ collection: 'notifications' })
export class Notification {
  @Prop({ required: true }) userId!: string;
  @Prop({ type: String, required: true, enum: NotificationKinds }) kind!: NotificationKind;
  /** What it is about (e.g. `payment.failed:<transactionId>`): unique per user, so a redelivered event adds nothing. */
  @Prop({ required: true }) dedupeKey!: string;
  @Prop({ required: true }) title!: string;
  @Prop({ required: true }) body!: string;
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} }) data!: Record<string, string>;
  @Prop({ type: Date, default: null }) readAt!: Date | null;
  @Prop({ type: String, required: true, enum: NotificationMailStates }) mail!: NotificationMailState;
  @Prop({ required: true }) createdAt!: Date;
}

export type NotificationDocument = HydratedDocument<Notification>;
export const NotificationSchema = SchemaFactory.createForClass(Notification);
NotificationSchema.index({ userId: 1, dedupeKey: 1 }, { unique: true });
NotificationSchema.index({ userId: 1, createdAt: -1 });
NotificationSchema.index({ dedupeKey: 1, mail: 1 });
