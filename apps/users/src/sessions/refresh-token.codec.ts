import { Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { UsersConfig } from '../users.config.js';

export interface IssuedRefreshToken {
  token: string;
  hash: string;
}

export interface ParsedRefreshToken {
  sessionId: string;
  generation: number;
  hash: string;
}

/**
 * Refresh tokens are `<sessionId>.<generation>.<nonce>.<mac>`: the MAC proves we issued it, so a
 * token of an older generation with a valid MAC is a replay of a rotated token (reuse), while a
 * made-up token is just invalid and cannot be used to end someone else's session.
 */
@Injectable()
export class RefreshTokenCodec {
  private readonly key: Buffer;

  constructor(config: UsersConfig) {
    // A key of its own, derived from the JWT secret, so a refresh token can never pass as a JWT signature.
    this.key = createHmac('sha256', config.JWT_SECRET).update('onstream refresh-token v1').digest();
  }

  issue(sessionId: string, generation: number): IssuedRefreshToken {
    const body = `${sessionId}.${generation}.${randomBytes(24).toString('base64url')}`;
    const token = `${body}.${this.mac(body)}`;
    return { token, hash: RefreshTokenCodec.hash(token) };
  }

  /** The token's parts when its MAC is ours; null for anything else. */
  parse(token: string): ParsedRefreshToken | null {
    const parts = token.split('.');
    if (parts.length !== 4) return null;
    const [sessionId, generationText, nonce, mac] = parts as [string, string, string, string];
    if (!/^[a-f0-9]{24}$/.test(sessionId) || !/^\d{1,9}$/.test(generationText) || nonce.length === 0) return null;
    const expected = Buffer.from(this.mac(`${sessionId}.${generationText}.${nonce}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { sessionId, generation: Number(generationText), hash: RefreshTokenCodec.hash(token) };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
