import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerOptions, InjectThrottlerStorage, ThrottlerGuard, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GatewayConfig } from '../gateway.config.js';
import { RATE_LIMIT_POLICY, SKIP_RATE_LIMIT, type RateLimitPolicy } from './rate-limit.policy.js';

/** A route's limit, worked out once per handler (it only depends on decorators). */
interface RouteLimit {
  policy: RateLimitPolicy;
  limit: number;
}

/**
 * @nestjs/throttler's guard (its Redis storage, IP normalisation) with one count per policy and
 * client IP, and the IETF draft's header names (RateLimit-Limit, RateLimit-Remaining,
 * RateLimit-Reset in seconds) on every limited answer, including the 429, which also carries
 * Retry-After and leaves as problem+json (COMMON.RATE_LIMITED).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly routes = new WeakMap<object, RouteLimit | null>();
  private readonly windowMs: number;
  private readonly limits: Record<RateLimitPolicy, number>;

  constructor(@InjectThrottlerOptions() options: ThrottlerModuleOptions, @InjectThrottlerStorage() storage: ThrottlerStorage, reflector: Reflector, config: GatewayConfig) {
    super(options, storage, reflector);
    this.windowMs = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
    this.limits = config.rateLimits;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.routeLimit(context);
    if (!route) return true;
    const http = context.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const tracker = await this.getTracker(http.getRequest<FastifyRequest>());
    const record = await this.storageService.increment(`${route.policy}:${tracker}`, this.windowMs, route.limit, this.windowMs, route.policy);
    void reply.header('ratelimit-limit', route.limit);
    void reply.header('ratelimit-remaining', Math.max(0, route.limit - record.totalHits));
    void reply.header('ratelimit-reset', record.isBlocked ? record.timeToBlockExpire : record.timeToExpire);
    if (record.isBlocked) {
      throw new DomainError(ErrorCodes.RateLimited, 429, `Too many requests from this address; retry in ${record.timeToBlockExpire} s.`, {
        retryAfterSeconds: Math.max(1, record.timeToBlockExpire),
      });
    }
    return true;
  }

  /** The route's policy and limit; null when the route is never limited. */
  private routeLimit(context: ExecutionContext): RouteLimit | null {
    const handler = context.getHandler();
    let route = this.routes.get(handler);
    if (route === undefined) {
      const targets = [handler, context.getClass()];
      const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_POLICY, targets) ?? 'default';
      route = this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMIT, targets) ? null : { policy, limit: this.limits[policy] };
      this.routes.set(handler, route);
    }
    return route;
  }
}
