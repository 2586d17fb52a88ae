import { Injectable } from '@nestjs/common';
import type { OneTimeTokenDocument, OneTimeTokenPurpose } from '@onstream/common/schemas/one-time-token.schema.js';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from '@onstream/common';
import { SingleUseClaims } from '../infrastructure/single-use-claims.js';
import { UsersConfig } from '../users.config.js';
import { OneTimeTokensRepository } from './one-time-tokens.repository.js';

const HOUR_MS = 3600_000;

/**
 * Tokens for e-mail links: 256 random bits, only their SHA-256 stored (a database leak yields no
 * usable link), an expiry checked in code and a single use decided by a SingleUseClaims claim.
 */
@Injectable()
export class OneTimeTokenIssuer {
  constructor(
    private readonly tokens: OneTimeTokensRepository,
    private readonly claims: SingleUseClaims,
    private readonly clock: Clock,
    private readonly config: UsersConfig,
  ) {}

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** A new token, or null when MAIL_PER_HOUR_LIMIT tokens of this purpose went out in the last hour. */
  async issueWithinLimit(userId: string, purpose: OneTimeTokenPurpose, ttlSeconds: number): Promise<string | null> {
    const now = this.clock.now();
    const recent = await this.tokens.countIssuedSince(userId, purpose, new Date(now.getTime() - HOUR_MS));
    if (recent >= this.config.MAIL_PER_HOUR_LIMIT) return null;
    const token = randomBytes(32).toString('base64url');
    await this.tokens.create({ userId, purpose, tokenHash: OneTimeTokenIssuer.hash(token), expiresAt: new Date(now.getTime() + ttlSeconds * 1000) });
    return token;
  }

  /** The token's record if this call is the one that uses it; null if invalid, expired or used. */
  async consume(purpose: OneTimeTokenPurpose, token: string): Promise<OneTimeTokenDocument | null> {
    const now = this.clock.now();
    const usable = await this.tokens.findUsable(purpose, OneTimeTokenIssuer.hash(token), now);
    if (!usable) return null;
    const remainingSeconds = (usable.expiresAt.getTime() - now.getTime()) / 1000;
    if (!(await this.claims.claim(`token:${usable.tokenHash}`, remainingSeconds))) return null;
    return (await this.tokens.markUsed(usable.id as string, now)) ? usable : null;
  }
}
