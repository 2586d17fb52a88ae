import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { validateSync } from 'class-validator';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DomainError, ErrorCodes, JWT_AUDIENCE, JWT_ISSUER, SessionDenylist, toAuthUser, type AccessTokenClaims, type AuthUser } from '@onstream/common';
import { GatewayConfig } from '../gateway.config.js';

/**
 * Verifies the bearer token: HS256 only (so `alg: none` and key-confusion tokens fail),
 * our issuer and audience, not expired, and its session not revoked.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: GatewayConfig,
    private readonly denylist: SessionDenylist,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string, jsonwebtoken first tries to parse it as a public key on every
      // verify and builds the secret key after that fails (a fifth of the gateway's CPU under load).
      // passport-jwt passes it through; its types only know strings and buffers.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    const user = toAuthUser(claims);
    // Every claim the services rely on must be well-formed (role, token type, profile claims).
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || validateSync(user).length > 0) {
      throw new DomainError(ErrorCodes.Unauthorized, 401, 'The access token is malformed.');
    }
    let revoked: boolean;
    try {
      revoked = await this.denylist.isRevoked(claims.sid);
    } catch {
      // Without the denylist we cannot tell a revoked session from a live one: refuse, briefly.
      throw DomainError.unavailable('Sign-in state cannot be checked right now.');
    }
    if (revoked) throw new DomainError(ErrorCodes.Unauthorized, 401, 'This session has ended; sign in again.');
    return user;
  }
}
