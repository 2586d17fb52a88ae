import type { Redis } from 'ioredis';

/**
 * Revoked sessions, shared through Redis: the users service writes (logout, password change,
 * refresh-token reuse, disabled account), the gateway reads on every authenticated request, so an
 * access token stops working at once instead of when it expires. Entries live as long as the
 * longest access token could, then vanish.
 */
export class SessionDenylist {
  constructor(
    private readonly redis: Redis,
    private readonly accessTokenTtlSeconds: number,
  ) {}

  static key(sessionId: string): string {
    return `auth:denied-session:${sessionId}`;
  }

  async revoke(sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const pipeline = this.redis.multi();
    for (const id of sessionIds) pipeline.set(SessionDenylist.key(id), '1', 'EX', this.accessTokenTtlSeconds);
    await pipeline.exec();
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(SessionDenylist.key(sessionId))) === 1;
  }
}
