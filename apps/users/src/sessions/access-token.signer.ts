import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { JWT_AUDIENCE, JWT_ISSUER, type AccessTokenClaims } from '@onstream/common';
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
}
