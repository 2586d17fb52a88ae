import type { Permission } from '../auth/access.js';
import type { Contract } from './contract.js';

/** How the caller treats one message pattern. Patterns without a policy use the defaults. */
export interface PatternPolicy {
  /** Idempotent read: sent again (a bounded number of times) when a try got no answer. */
  read?: boolean;
  /** The pattern's own deadline, for work that is slow by nature (NATS_PATTERN_TIMEOUTS overrides it). */
  timeoutMs?: number;
}

export type PatternPolicies<C extends Contract> = Readonly<Partial<Record<keyof C & string, PatternPolicy>>>;

/**
 * The permission each pattern needs (auth/access.ts), declared beside the pattern. A full record:
 * a pattern added to a contract without one fails to compile, and the service refuses to start.
 */
export type PatternPermissions<C extends Contract> = Readonly<Record<keyof C & string, Permission>>;

export const READ: PatternPolicy = { read: true };

/** Parses `pattern=ms,pattern=ms` (NATS_PATTERN_TIMEOUTS). */
export function parsePatternTimeouts(value: string): Record<string, number> {
  if (!value) return {};
  return Object.fromEntries(value.split(',').map((entry) => {
    const [pattern, ms] = entry.split('=');
    return [pattern, Number(ms)];
  }));
}
