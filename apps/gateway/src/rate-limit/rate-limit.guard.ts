import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerRequest } from '@nestjs/throttler';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { FastifyReply } from 'fastify';
import { SKIP_RATE_LIMIT } from './rate-limit.policy.js';

/**
 * @nestjs/throttler's guard with the IETF draft's header names (RateLimit-Limit,
 * RateLimit-Remaining, RateLimit-Reset in seconds) on every limited answer, including the 429,
 * which also carries Retry-After and leaves as problem+json (COMMON.RATE_LIMITED).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMIT, [context.getHandler(), context.getClass()]) === true;
  }

  protected override async handleRequest({ context, limit, ttl, throttler, blockDuration, getTracker, generateKey }: ThrottlerRequest): Promise<boolean> {
    const { req, res } = this.getRequestResponse(context);
    const name = throttler.name ?? 'default';
    const key = generateKey(context, await getTracker(req, context), name);
    const record = await this.storageService.increment(key, ttl, limit, blockDuration, name);
    const reply = res as FastifyReply;
    void reply.header('ratelimit-limit', limit);
    void reply.header('ratelimit-remaining', Math.max(0, limit - record.totalHits));
    void reply.header('ratelimit-reset', record.isBlocked ? record.timeToBlockExpire : record.timeToExpire);
    if (record.isBlocked) {
      throw new DomainError(ErrorCodes.RateLimited, 429, `Too many requests from this address; retry in ${record.timeToBlockExpire} s.`, {
        retryAfterSeconds: Math.max(1, record.timeToBlockExpire),
      });
    }
    return true;
  }
}
