import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { JWT_AUDIENCE, JWT_ISSUER, type AccessTokenClaims } from '@onstream/common';
import type { ProfileDocument } from '@onstream/common/schemas/profile.schema.js';
import type { SessionDocument } from '@onstream/common/schemas/session.schema.js';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import { UsersConfig } from '../users.config.js';

/** Signs access tokens the gateway verifies (HS256, issuer, audience, short expiry). */
@Injectable()
export class AccessTokenSigner {
  private readonly jwt: JwtService;

  constructor(private readonly config: UsersConfig) {
    this.jwt = new JwtService({
      secret: config.JWT_SECRET,
      signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE, expiresIn: config.JWT_ACCESS_TTL_SECONDS },
    });
  }

  get ttlSeconds(): number {
    return this.config.JWT_ACCESS_TTL_SECONDS;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync({ ...claims });
  }

  /** Claims of a session's token: account-wide, or scoped to its selected or bound profile. */
  static claims(user: UserDocument, session: SessionDocument, profile: ProfileDocument | null): AccessTokenClaims {
    const claims: AccessTokenClaims = { sub: user.id as string, sid: session.id as string, role: user.role, typ: session.kind === 'device' ? 'device' : 'access' };
    if (profile) Object.assign(claims, { pid: profile.id as string, kid: profile.kid, mat: profile.maturityLevel });
    return claims;
  }
}
