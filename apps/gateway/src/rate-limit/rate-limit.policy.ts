import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/**
 * Named limits. A route without one counts against `default`; a route with one counts only
 * against its own (so a burst of logins does not eat the caller's browsing budget, and the
 * reverse). Each is a number of requests per client IP per window.
 */
export const RateLimitPolicies = ['default', 'login', 'signup', 'password-reset', 'pairing', 'events'] as const;
export type RateLimitPolicy = (typeof RateLimitPolicies)[number];

export const RATE_LIMIT_POLICY = 'onstream:rate-limit-policy';
export const SKIP_RATE_LIMIT = 'onstream:skip-rate-limit';

/** Counts this route's requests against a named limit instead of the default one. */
export const RateLimit = (policy: Exclude<RateLimitPolicy, 'default'>) => SetMetadata(RATE_LIMIT_POLICY, policy);

/** OpenAPI extension marking a route that never answers 429 (read when the document is completed). */
export const OPENAPI_UNLIMITED = 'x-onstream-unlimited';

/** Not limited at all: probes from load balancers and orchestrators. */
export const SkipRateLimit = () => applyDecorators(SetMetadata(SKIP_RATE_LIMIT, true), ApiExtension(OPENAPI_UNLIMITED, true));
