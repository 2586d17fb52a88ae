import { JwtService } from '@nestjs/jwt';
import { randomBytes, randomUUID } from 'node:crypto';
import { JWT_AUDIENCE, JWT_ISSUER, type AccessTokenClaims, type MaturityLevel, type Role } from '@onstream/common';

export interface TokenOptions {
  /** The account id (`sub`); random when absent. */
  userId?: string;
  role?: Role;
  profileId?: string;
  kid?: boolean;
  maturityLimit?: MaturityLevel;
  /** A paired device's token (`typ: 'device'`) instead of a signed-in person's. */
  device?: boolean;
}

/**
 * Mints access tokens the gateway accepts (HS256, our issuer and audience), signed with the
 * platform's JWT_SECRET, so e2e tests can act as any role or profile without the login flow.
 */
export class TestTokens {
  private readonly jwt: JwtService;

  constructor(secret: string) {
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE, expiresIn: 600 } });
  }

  sign(options: TokenOptions = {}): string {
    const claims: AccessTokenClaims = {
      sub: options.userId ?? randomUUID().replaceAll('-', '').slice(0, 24),
      // Session ids are Mongo ObjectIds, as the users service issues them.
      sid: randomBytes(12).toString('hex'),
      role: options.role ?? 'viewer',
      typ: options.device ? 'device' : 'access',
      ...(options.profileId && { pid: options.profileId }),
      ...(options.kid !== undefined && { kid: options.kid }),
      ...(options.maturityLimit && { mat: options.maturityLimit }),
    };
    return this.jwt.sign(claims);
  }

  /** `Authorization` header of a token with these options. */
  header(options: TokenOptions = {}): Record<string, string> {
    return { authorization: `Bearer ${this.sign(options)}` };
  }
}
