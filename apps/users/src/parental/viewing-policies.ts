import { Inject, Injectable } from '@nestjs/common';
import type { ViewingPolicyResponse } from '@onstream/common';
import type { Redis } from 'ioredis';
import { GuardedEntries } from '../infrastructure/guarded-entries.js';
import { REDIS } from '../infrastructure/redis.providers.js';

const TTL_SECONDS = 3600;

interface StoredPolicy {
  userId: string;
  policy: ViewingPolicyResponse;
}

/**
 * Read model of the profiles' viewing policies (ADR 0043): every catalog read of a kid profile or a
 * paired device asks for one, so it is served from Redis instead of two store reads. Each write
 * to what a policy is made of (a profile's kid flag, maturity limit, parental mode, denied tags,
 * title rules; deleting the profile) runs inside `writing`: a fill never keeps a policy older
 * than a write, even when the writer dies mid-way, because a stale policy would show a kid a
 * title the parent denied.
 */
@Injectable()
export class ViewingPolicies {
  private readonly entries: GuardedEntries;

  constructor(@Inject(REDIS) redis: Redis) {
    this.entries = new GuardedEntries(redis, 'users:viewing-policy', TTL_SECONDS);
  }

  /** The stored policy of this user's profile, or undefined (then read the store). */
  async read(userId: string, profileId: string): Promise<ViewingPolicyResponse | undefined> {
    const stored = await this.entries.read(profileId);
    if (stored === undefined) return undefined;
    const parsed = JSON.parse(stored) as StoredPolicy;
    return parsed.userId === userId ? parsed.policy : undefined;
  }

  /** Taken before the store is read for a fill; undefined: do not fill. */
  generation(profileId: string): Promise<string | undefined> {
    return this.entries.generation(profileId);
  }

  /** Keeps a policy read from the store, unless a write came in since `generation` was taken. */
  fill(userId: string, profileId: string, generation: string, policy: ViewingPolicyResponse): Promise<void> {
    return this.entries.fill(profileId, generation, JSON.stringify({ userId, policy } satisfies StoredPolicy));
  }

  /** Runs a write that changes the policies of these profiles (503 and no write when Redis cannot mark it). */
  writing<T>(profileIds: readonly string[], write: () => Promise<T>): Promise<T> {
    return this.entries.writing(profileIds, write);
  }
}
