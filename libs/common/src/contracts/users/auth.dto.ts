import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { ActorRequest } from '../../auth/auth.types.js';
import { DisplayName, EmailAddress, Username } from './account.dto.js';
import { GivenPassword, NewPassword } from './password.rules.js';

export const DeviceTypes = ['web', 'mobile', 'tablet', 'tv', 'desktop', 'other'] as const;
export type DeviceType = (typeof DeviceTypes)[number];

/** What the gateway knows about the HTTP caller; recorded on the session. */
export class ClientContext {
  @IsString() @MaxLength(64) ip!: string;
  @IsString() @MaxLength(512) userAgent!: string;
}

/** Base of requests that carry the HTTP caller's address and user agent. */
export class ClientRequest {
  @ValidateNested()
  @Type(() => ClientContext)
  client!: ClientContext;
}

/** Sign in by e-mail, or by username for accounts that chose one (the e-mail wins when both are sent). */
export class LoginBody {
  @ApiPropertyOptional({ example: 'ada@example.com', maxLength: 254, description: 'Required unless `username` is sent.' })
  // Checked whenever it is sent: it wins over a username, so it must be a valid address then too.
  @ValidateIf((body: LoginBody) => body.username === undefined || body.email !== undefined)
  @EmailAddress()
  email?: string;

  @ValidateIf((body: LoginBody) => body.email === undefined || body.username !== undefined)
  @Username({ required: false })
  username?: string;

  @GivenPassword()
  password!: string;

  @ApiPropertyOptional({ example: 'Living-room TV', maxLength: 80 })
  @OptionalNotNull()
  @DisplayName('deviceName')
  deviceName?: string;

  @ApiPropertyOptional({ enum: DeviceTypes, default: 'other' })
  @OptionalNotNull()
  @IsIn(DeviceTypes)
  deviceType?: DeviceType;
}

export class LoginRequest extends IntersectionType(LoginBody, ClientRequest) {}

export class RefreshBody {
  @ApiProperty({ description: 'The refresh token of the last login or refresh; each is good for one use.' })
  @IsString()
  @Length(1, 256)
  refreshToken!: string;
}

export class RefreshRequest extends IntersectionType(RefreshBody, ClientRequest) {}

export class TokenPairResponse {
  @ApiProperty({ description: 'JWT (HS256) for `Authorization: Bearer`.' }) accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires.' }) expiresIn!: number;
  @ApiProperty({ description: 'Opaque; rotates on every refresh. Presenting a used one ends the session.' }) refreshToken!: string;
  @ApiProperty({ type: String, format: 'date-time' }) refreshTokenExpiresAt!: string;
  @ApiProperty() sessionId!: string;
}

export class TokenBody {
  @ApiProperty({ description: 'The token from the e-mail link.' })
  @IsString()
  @Length(16, 128)
  token!: string;
}

export class EmailBody {
  @EmailAddress()
  email!: string;
}

export class ResetPasswordBody extends TokenBody {
  @NewPassword()
  newPassword!: string;
}

export class ChangePasswordBody {
  @GivenPassword()
  currentPassword!: string;

  @NewPassword()
  newPassword!: string;
}

export class ChangePasswordRequest extends IntersectionType(ChangePasswordBody, ActorRequest) {}

/** Answer of commands that have nothing to return. */
export class Acknowledgement {
  @ApiProperty() ok!: true;
}
