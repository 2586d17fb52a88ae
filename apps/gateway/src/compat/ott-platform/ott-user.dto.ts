import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, ValidateNested } from 'class-validator';
import {
  DisplayName, EmailAddress, NewPassword, OptionalNotNull, PlaybackQualities, Roles,
  type AccountResponse, type MeResponse, type PlaybackQuality, type Role, type SessionListResponse, type SubscriptionResponse, type UpdateMeBody,
} from '@onstream/common';

/** Seed 004 sign-up: its user schema calls the display name `name`. */
export class OttSignupBody {
  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 80 })
  @DisplayName('name')
  name!: string;

  @EmailAddress()
  email!: string;

  @NewPassword()
  password!: string;
}

export class OttPreferences {
  @ApiProperty({ enum: PlaybackQualities }) @IsIn(PlaybackQualities) quality!: PlaybackQuality;
  @ApiProperty({ description: 'Notification e-mails (master switch).' }) @IsBoolean() notifications!: boolean;
  @ApiProperty({ description: 'Play the next episode when one ends.' }) @IsBoolean() autoplay!: boolean;
}

export class OttPreferencesPatch {
  @ApiPropertyOptional({ enum: PlaybackQualities }) @OptionalNotNull() @IsIn(PlaybackQualities) quality?: PlaybackQuality;
  @ApiPropertyOptional() @OptionalNotNull() @IsBoolean() notifications?: boolean;
  @ApiPropertyOptional() @OptionalNotNull() @IsBoolean() autoplay?: boolean;
}

/** PATCH /users/me: profile and preference changes in the seed's names. */
export class OttUpdateMeBody {
  @ApiPropertyOptional({ example: 'Ada Lovelace', maxLength: 80 })
  @OptionalNotNull()
  @DisplayName('name')
  name?: string;

  @ApiPropertyOptional({ type: OttPreferencesPatch })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => OttPreferencesPatch)
  preferences?: OttPreferencesPatch;
}

export const OttSubscriptionStatuses = ['active', 'cancelled', 'expired'] as const;
export type OttSubscriptionStatus = (typeof OttSubscriptionStatuses)[number];

export class OttSubscription {
  @ApiProperty() planId!: string;
  @ApiProperty({ format: 'date-time' }) startDate!: string;
  @ApiProperty({ format: 'date-time' }) endDate!: string;
  @ApiProperty({ enum: OttSubscriptionStatuses }) status!: OttSubscriptionStatus;
}

/** The account as sign-up answers it (no preferences, subscriptions or devices yet). */
export class OttAccount {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) _id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: Roles }) role!: Role;
  @ApiProperty({ description: 'Sign-in waits for the link mailed to the address.' }) emailVerified!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** Seed 004's user schema (without passwordHash, which never leaves the users service). */
export class OttUser extends OttAccount {
  @ApiProperty({ type: [OttSubscription], description: 'The latest subscription, if any.' }) subscriptions!: OttSubscription[];
  @ApiProperty({ type: [String], description: 'Names of the signed-in devices (empty for kid-profile and device tokens).' }) devices!: string[];
  @ApiProperty({ type: OttPreferences }) preferences!: OttPreferences;
}

export function toOttAccount(account: AccountResponse): OttAccount {
  return { _id: account.id, name: account.displayName, email: account.email, role: account.role, emailVerified: account.emailVerified, createdAt: account.createdAt };
}

/** Our six subscription states folded into the seed's three: still paying or trialing counts as active. */
function ottStatus(subscription: SubscriptionResponse): OttSubscriptionStatus {
  if (subscription.status === 'expired') return 'expired';
  if (subscription.status === 'canceled' || subscription.cancelAtPeriodEnd) return 'cancelled';
  return 'active';
}

export function toOttSubscription(subscription: SubscriptionResponse): OttSubscription {
  return { planId: subscription.planId, startDate: subscription.currentPeriodStart, endDate: subscription.endedAt ?? subscription.currentPeriodEnd, status: ottStatus(subscription) };
}

export function toOttUser(me: MeResponse, subscription: SubscriptionResponse | undefined, sessions: SessionListResponse): OttUser {
  return {
    ...toOttAccount(me),
    subscriptions: subscription ? [toOttSubscription(subscription)] : [],
    devices: sessions.items.map((session) => session.deviceName),
    preferences: { quality: me.preferences.playbackQuality, notifications: me.preferences.emailNotifications, autoplay: me.preferences.autoplayNext },
  };
}

export function fromOttUpdate(body: OttUpdateMeBody): UpdateMeBody {
  const { quality, notifications, autoplay } = body.preferences ?? {};
  const preferences = {
    ...(quality !== undefined && { playbackQuality: quality }),
    ...(notifications !== undefined && { emailNotifications: notifications }),
    ...(autoplay !== undefined && { autoplayNext: autoplay }),
  };
  return { ...(body.name !== undefined && { displayName: body.name }), ...(body.preferences && { preferences }) };
}
