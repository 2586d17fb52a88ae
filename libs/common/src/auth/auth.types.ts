import type { Role } from '../contracts/users/account.dto.js';

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

/** Who is calling, as the gateway passes it to services in every authenticated request. */
export interface AuthUser {
  userId: string;
  sessionId: string;
  role: Role;
  tokenType: 'access' | 'device';
  profileId?: string;
  kidProfile: boolean;
  maturityLimit?: MaturityLevel;
}

export function toAuthUser(claims: AccessTokenClaims): AuthUser {
  return {
    userId: claims.sub,
    sessionId: claims.sid,
    role: claims.role,
    tokenType: claims.typ,
    profileId: claims.pid,
    kidProfile: claims.kid === true,
    maturityLimit: claims.mat,
  };
}
