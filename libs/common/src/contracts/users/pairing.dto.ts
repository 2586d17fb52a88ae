import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsMongoId, IsOptional, Matches } from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { ActorRequest } from '../../auth/auth.types.js';
import { DisplayName } from './account.dto.js';
import { ClientRequest, DeviceTypes, type DeviceType } from './auth.dto.js';

export class CreatePairingCodeBody {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The profile the device will be bound to.' })
  @IsMongoId({ message: 'profileId must be a profile id' })
  profileId!: string;
}

export class CreatePairingCodeRequest extends IntersectionType(CreatePairingCodeBody, ActorRequest) {}

export class PairingCodeResponse {
  @ApiProperty({ example: 'K7QM-X2PD', description: 'Type it on the device within 10 minutes; works once.' }) code!: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt!: string;
}

const normaliseCode = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase().replace(/[\s-]/g, '') : value);

export class RedeemPairingCodeBody {
  @ApiProperty({ example: 'K7QM-X2PD' })
  @Transform(normaliseCode)
  @Matches(/^[A-Z0-9]{8}$/, { message: 'code must be the 8-character pairing code' })
  code!: string;

  @ApiPropertyOptional({ example: 'Kids room TV', maxLength: 80 })
  @OptionalNotNull()
  @DisplayName('deviceName')
  deviceName?: string;

  @ApiPropertyOptional({ enum: DeviceTypes, default: 'tv' })
  @OptionalNotNull()
  @IsIn(DeviceTypes)
  deviceType?: DeviceType;
}

export class RedeemPairingCodeRequest extends IntersectionType(RedeemPairingCodeBody, ClientRequest) {}

export class DeviceIdParams {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId({ message: 'deviceId must be a device id' })
  deviceId!: string;
}

export class DeviceRequest extends IntersectionType(DeviceIdParams, ActorRequest) {}

export class PairedDeviceResponse {
  @ApiProperty() id!: string;
  @ApiProperty() deviceName!: string;
  @ApiProperty({ enum: DeviceTypes }) deviceType!: DeviceType;
  @ApiProperty() profileId!: string;
  @ApiProperty({ type: String, format: 'date-time' }) pairedAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) lastSeenAt!: string;
}

export class PairedDeviceListResponse {
  @ApiProperty({ type: [PairedDeviceResponse] }) items!: PairedDeviceResponse[];
}
