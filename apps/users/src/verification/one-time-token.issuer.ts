import { Injectable } from '@nestjs/common';
import type { OneTimeTokenDocument, OneTimeTokenPurpose } from '@onstream/common/schemas/one-time-token.schema.js';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from '../infrastructure/clock.js';
import { UsersConfig } from '../users.config.js';
import { OneTimeTokensRepository } from './one-time-tokens.repository.js';

const HOUR_MS = 3600_000;

/**
 * Tokens for e-mail links: 256 random bits, only their SHA-256 stored (a database leak yields no
 * usable link), an expiry checked in code and a single use enforced by one atomic update.
 */
@Injectable()
export class OneTimeTokenIssuer {
  constructor(
    private readonly tokens: OneTimeTokensRepository,
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

  consume(purpose: OneTimeTokenPurpose, token: string): Promise<OneTimeTokenDocument | null> {
    return this.tokens.consume(purpose, OneTimeTokenIssuer.hash(token), this.clock.now());
  }
}
