import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsMongoId, IsString, Length } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { DeviceTypes, type DeviceType } from './auth.dto.js';

export class SessionResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Living-room TV' }) deviceName!: string;
  @ApiProperty({ enum: DeviceTypes }) deviceType!: DeviceType;
  @ApiProperty() userAgent!: string;
  @ApiProperty({ example: '203.0.113.7' }) ip!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'Last login or token refresh.' }) lastSeenAt!: string;
  @ApiProperty({ description: 'The session of the token making this request.' }) current!: boolean;
}

export class SessionListResponse {
  @ApiProperty({ type: [SessionResponse] }) items!: SessionResponse[];
}

export class SessionIdParams {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId({ message: 'sessionId must be a session id' })
  sessionId!: string;
}

export class RevokeSessionRequest extends IntersectionType(SessionIdParams, ActorRequest) {}

export class RevokedSessionsResponse {
  @ApiProperty({ description: 'How many sessions were ended.' }) revoked!: number;
}

/** Service-to-service: is this sign-in session of this user still live (not revoked, not expired)? */
export class SessionCheckRequest {
  @IsString() @Length(1, 64) userId!: string;
  @IsString() @Length(1, 64) sessionId!: string;
}

export class SessionCheckResponse {
  active!: boolean;
}
