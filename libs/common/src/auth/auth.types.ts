import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Roles, type Role } from '../contracts/users/account.dto.js';

/** Maturity levels, lowest first: a profile sees titles at or below its limit. */
export const MaturityLevels = ['all', '7+', '13+', '16+', '18+'] as const;
export type MaturityLevel = (typeof MaturityLevels)[number];

export const JWT_ISSUER = 'onstream';
export const JWT_AUDIENCE = 'onstream-api';

/**
 * Claims of an access token (HS256, signed by the users service, verified by the gateway).
 * `typ: 'device'` tokens come from redeeming a pairing code and are bound to one profile.
 */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  role: Role;
  typ: 'access' | 'device';
  pid?: string;
  kid?: boolean;
  mat?: MaturityLevel;
}

/**
 * Who is calling. The gateway builds it from the verified token and passes it to services as the
 * `actor` field of a request DTO (validated like any payload); services make object-level
 * decisions with it.
 */
export class AuthUser {
  @IsString() @Length(1, 64) userId!: string;
  @IsString() @Length(1, 64) sessionId!: string;
  @IsIn(Roles) role!: Role;
  @IsIn(['access', 'device']) tokenType!: 'access' | 'device';
  @IsOptional() @IsString() @Length(1, 64) profileId?: string;
  @IsBoolean() kidProfile!: boolean;
  @IsOptional() @IsIn(MaturityLevels) maturityLimit?: MaturityLevel;
}

/** Base of service requests made on behalf of a signed-in caller. */
export class ActorRequest {
  @ValidateNested()
  @Type(() => AuthUser)
  actor!: AuthUser;
}

export function toAuthUser(claims: AccessTokenClaims): AuthUser {
  return Object.assign(new AuthUser(), {
    userId: claims.sub,
    sessionId: claims.sid,
    role: claims.role,
    tokenType: claims.typ,
    profileId: claims.pid,
    kidProfile: claims.kid === true,
    maturityLimit: claims.mat,
  });
}
