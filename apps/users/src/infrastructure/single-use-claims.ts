import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from './redis.providers.js';

/**
 * Claims for things that may be used once (e-mail tokens, pairing codes, a refresh-token
 * generation). FerretDB 1.24 does not make findOneAndUpdate atomic under concurrency (three
 * concurrent "set usedAt where usedAt is null" all matched in our integration spec), so the one
 * winner is decided by Redis SET NX; the database keeps the durable state (usedAt, generation).
 */
@Injectable()
export class SingleUseClaims {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** True for exactly one caller per key while the claim lives. */
  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.set(`users:claim:${key}`, '1', 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX')) === 'OK';
  }
}
