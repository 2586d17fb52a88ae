import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsMongoId } from 'class-validator';
import {
  DeviceTypes, DisplayName, OptionalNotNull, RedeemPairingCodeBody, type ApprovedContentPage, type DeviceType, type PairedDeviceResponse, type PairingCodeResponse,
} from '@onstream/common';
import { SeedMoviePage } from '../shared/seed-movie.dto.js';
import { AxolotlyLauncherMovie } from './axolotly-deep-links.dto.js';

/** POST /api/devices/pair-code: the code binds the launcher to one kid profile. */
export class AxolotlyPairCodeBody {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The kid profile the device will show content for.' })
  @IsMongoId({ message: 'kid_profile_id must be a profile id' })
  kid_profile_id!: string;
}

export class AxolotlyPairCode {
  @ApiProperty({ example: 'K7QM-X2PD', description: 'Type it on the launcher (POST /api/launcher/pair) within 10 minutes; works once.' }) code!: string;
  @ApiProperty({ format: 'date-time' }) expires_at!: string;
}

export function toPairCode(code: PairingCodeResponse): AxolotlyPairCode {
  return { code: code.code, expires_at: code.expiresAt };
}

/** POST /api/launcher/pair: the code from the parent's app, and what the device calls itself. */
export class AxolotlyLauncherPairBody extends PickType(RedeemPairingCodeBody, ['code'] as const) {
  @ApiPropertyOptional({ example: 'Kids room TV', maxLength: 80 })
  @OptionalNotNull()
  @DisplayName('device_name')
  device_name?: string;

  @ApiPropertyOptional({ enum: DeviceTypes, default: 'tv' })
  @OptionalNotNull()
  @IsIn(DeviceTypes)
  device_type?: DeviceType;
}

/** Seed 003's Device: a paired launcher. */
export class AxolotlyDevice {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: DeviceTypes }) device_type!: DeviceType;
  @ApiProperty({ description: 'The kid profile it shows content for' }) kid_profile_id!: string;
  @ApiProperty({ format: 'date-time' }) paired_at!: string;
  @ApiProperty({ format: 'date-time' }) last_seen_at!: string;
}

export function toDevice(device: PairedDeviceResponse): AxolotlyDevice {
  return { id: device.id, name: device.deviceName, device_type: device.deviceType, kid_profile_id: device.profileId, paired_at: device.pairedAt, last_seen_at: device.lastSeenAt };
}

export class AxolotlyDeviceIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The device’s `id`.' })
  @IsMongoId({ message: 'id must be a device id' })
  id!: string;
}

/** GET /api/launcher/approved-content: a page of movies the device may show, with its kid profile. */
export class AxolotlyApprovedContent extends SeedMoviePage {
  @ApiProperty({ type: [AxolotlyLauncherMovie], description: 'Each with `deep_links`: the best accepted link per provider' }) declare results: AxolotlyLauncherMovie[];
  @ApiProperty({ description: 'The kid profile the device is paired to' }) kid_profile_id!: string;
  @ApiProperty({ description: 'Changes whenever a parent changes what the device may show' }) policy_version!: string;
}

export function approvedContentMeta(page: ApprovedContentPage): Pick<AxolotlyApprovedContent, 'kid_profile_id' | 'policy_version'> {
  return { kid_profile_id: page.profileId, policy_version: page.policyVersion };
}
