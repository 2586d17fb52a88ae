import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { ActorRequest } from '../../auth/auth.types.js';
import { AccountResponse, DisplayName } from './account.dto.js';
import type { NotificationKind } from './notification.dto.js';
import { GivenPassword } from './password.rules.js';

export const PlaybackQualities = ['auto', '1080p', '720p', '480p'] as const;
export type PlaybackQuality = (typeof PlaybackQualities)[number];

/** Per-kind e-mail opt-in for notifications (the in-app notification exists either way). */
export class NotificationEmailPreferences {
  @ApiProperty({ default: true, description: 'A new episode of a series on a watchlist.' }) @IsBoolean() episodeNew!: boolean;
  @ApiProperty({ default: true, description: 'My uploaded video finished processing.' }) @IsBoolean() uploadReady!: boolean;
  @ApiProperty({ default: true, description: 'A payment of mine failed.' }) @IsBoolean() paymentFailed!: boolean;
  @ApiProperty({ default: true, description: 'My subscription renews in a few days.' }) @IsBoolean() subscriptionRenewsSoon!: boolean;
  @ApiProperty({ default: false, description: 'Someone replied to my comment.' }) @IsBoolean() commentReply!: boolean;
}

/** Which opt-in governs each notification kind. */
export const NotificationEmailPreferenceOf: Record<NotificationKind, keyof NotificationEmailPreferences> = {
  'episode.new': 'episodeNew',
  'upload.ready': 'uploadReady',
  'payment.failed': 'paymentFailed',
  'subscription.renews-soon': 'subscriptionRenewsSoon',
  'comment.reply': 'commentReply',
};

export class Preferences {
  @ApiProperty({ enum: PlaybackQualities, default: 'auto' }) @IsIn(PlaybackQualities) playbackQuality!: PlaybackQuality;
  @ApiProperty({ default: true, description: 'Play the next episode when one ends.' }) @IsBoolean() autoplayNext!: boolean;
  @ApiProperty({ default: true }) @IsBoolean() autoplayPreviews!: boolean;
  @ApiProperty({ default: true, description: 'Master switch of notification e-mails; each kind also has its own opt-in (notificationEmails).' }) @IsBoolean() emailNotifications!: boolean;
  @ApiProperty({ type: NotificationEmailPreferences }) @ValidateNested() @Type(() => NotificationEmailPreferences) notificationEmails!: NotificationEmailPreferences;
  @ApiProperty({ default: true }) @IsBoolean() pushNotifications!: boolean;
  @ApiProperty({ example: 'en', description: 'BCP 47 language tag (e.g. en, pt-BR).' })
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'language must be a language tag such as en or pt-BR' })
  language!: string;
  @ApiProperty({ default: false, description: 'Let others see what this account watches (e.g. shared lists).' }) @IsBoolean() publicActivity!: boolean;
  @ApiProperty({ default: true, description: 'Use watch history for recommendations.' }) @IsBoolean() personalisedRecommendations!: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  playbackQuality: 'auto',
  autoplayNext: true,
  autoplayPreviews: true,
  emailNotifications: true,
  // Account and money matters on; replies are chatty, so opt-in.
  notificationEmails: { episodeNew: true, uploadReady: true, paymentFailed: true, subscriptionRenewsSoon: true, commentReply: false },
  pushNotifications: true,
  language: 'en',
  publicActivity: false,
  personalisedRecommendations: true,
};

// skipNullProperties: false — a null is validated (and refused), never stored.
export class NotificationEmailPreferencesPatch extends PartialType(NotificationEmailPreferences, { skipNullProperties: false }) {}

export class PreferencesPatch extends PartialType(OmitType(Preferences, ['notificationEmails'] as const), { skipNullProperties: false }) {
  @ApiPropertyOptional({ type: NotificationEmailPreferencesPatch, description: 'Only the given kinds change.' })
  @ValidateIf((_patch: unknown, value: unknown) => value !== undefined)
  @ValidateNested()
  @Type(() => NotificationEmailPreferencesPatch)
  notificationEmails?: NotificationEmailPreferencesPatch;
}

export class UpdateMeBody {
  @ApiPropertyOptional({ example: 'Ada Lovelace', maxLength: 80 })
  @OptionalNotNull()
  @DisplayName()
  displayName?: string;

  @ApiPropertyOptional({ type: PreferencesPatch, description: 'Only the given preferences change.' })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => PreferencesPatch)
  preferences?: PreferencesPatch;
}

export class UpdateMeRequest extends IntersectionType(UpdateMeBody, ActorRequest) {}

export class MeResponse extends AccountResponse {
  @ApiProperty({ type: Preferences }) preferences!: Preferences;
}

export class DeleteAccountBody {
  @GivenPassword()
  password!: string;
}

export class DeleteAccountRequest extends IntersectionType(DeleteAccountBody, ActorRequest) {}

/** Event `users.account.deleted`: other services drop or anonymise what they hold for this user. */
export interface AccountDeletedEvent {
  userId: string;
  deletedAt: string;
}
export const AccountDeletedEventType = 'users.account.deleted';
