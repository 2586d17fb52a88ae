import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsMongoId, IsOptional } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { CursorQueryDto } from '../../pagination/pagination.dto.js';

/** What a notification is about. Each kind has its own e-mail opt-in (NotificationEmailPreferences). */
export const NotificationKinds = ['episode.new', 'upload.ready', 'payment.failed', 'subscription.renews-soon', 'comment.reply'] as const;
export type NotificationKind = (typeof NotificationKinds)[number];

export class NotificationQuery extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only unread notifications when `true`.' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';
}

/** For routes that take no query parameters: any given one is refused (400) rather than ignored. */
export class NoQueryParams {}

export class NotificationIdParams {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId({ message: 'notificationId must be a notification id' })
  notificationId!: string;
}

export class ListNotificationsRequest extends IntersectionType(NotificationQuery, ActorRequest) {}
export class NotificationRequest extends IntersectionType(NotificationIdParams, ActorRequest) {}

export class NotificationResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: NotificationKinds }) kind!: NotificationKind;
  @ApiProperty({ example: 'New episode of Dark' }) title!: string;
  @ApiProperty({ example: 'S2E3 “Lost and Found” is now available.', description: 'Plain text; never HTML.' }) body!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Ids the client links to (seriesId, episodeId, videoId, transactionId, subscriptionId, commentId …).' })
  data!: Record<string, string>;
  @ApiProperty() read!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class UnreadCountResponse {
  @ApiProperty({ example: 3 }) unread!: number;
}

export class MarkedReadResponse {
  @ApiProperty({ example: 3, description: 'Notifications that were unread and are now read.' }) marked!: number;
}
