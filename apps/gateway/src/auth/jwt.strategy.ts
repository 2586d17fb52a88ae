import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DomainError, ErrorCodes, JWT_AUDIENCE, JWT_ISSUER, SessionDenylist, toAuthUser, type AccessTokenClaims, type AuthUser } from '@onstream/common';
import { GatewayConfig } from '../gateway.config.js';
import { VerifiedTokens } from './verified-tokens.js';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/** What a verified access token also carries: when it expires (seconds). */
type VerifiedClaims = AccessTokenClaims & { exp?: number };

/**
 * Verifies the bearer token: HS256 only (so `alg: none` and key-confusion tokens fail),
 * our issuer and audience, not expired, and its session not revoked. A token verified before is
 * taken from VerifiedTokens (`knownCaller`); its session is checked all the same.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly verified = new VerifiedTokens();

  constructor(
    config: GatewayConfig,
    private readonly denylist: SessionDenylist,
  ) {
    super({
      jwtFromRequest: bearerToken,
      passReqToCallback: true,
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

  /** After passport-jwt verified the token. */
  async validate(request: FastifyRequest, claims: VerifiedClaims): Promise<AuthUser> {
    const user = toAuthUser(claims);
    // Every claim the services rely on must be well-formed (role, token type, profile claims).
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || validateSync(user).length > 0) {
      throw new DomainError(ErrorCodes.Unauthorized, 401, 'The access token is malformed.');
    }
    await this.requireLiveSession(user.sessionId);
    const token = bearerToken(request);
    if (token) this.verified.remember(token, user, claims.exp);
    return user;
  }

  /** The caller of a bearer token this gateway verified before, if its session is still live; undefined when the token is not known. */
  async knownCaller(request: FastifyRequest): Promise<AuthUser | undefined> {
    const token = bearerToken(request);
    const user = token ? this.verified.get(token) : undefined;
    if (user) await this.requireLiveSession(user.sessionId);
    return user;
  }

  private async requireLiveSession(sessionId: string): Promise<void> {
    let revoked: boolean;
    try {
      revoked = await this.denylist.isRevoked(sessionId);
    } catch {
      // Without the denylist we cannot tell a revoked session from a live one: refuse, briefly.
      throw DomainError.unavailable('Sign-in state cannot be checked right now.');
    }
    if (revoked) throw new DomainError(ErrorCodes.Unauthorized, 401, 'This session has ended; sign in again.');
  }
}
