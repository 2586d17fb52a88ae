import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { JWT_AUDIENCE, JWT_ISSUER, type Role } from '@onstream/common';
import type { Platform } from './platform.js';

export interface BillingCaller {
  userId: string;
  token: string;
}

/**
 * Mints access tokens the gateway accepts (HS256 with the platform's JWT_SECRET, our issuer and
 * audience), so billing tests do not depend on the sign-in flow.
 */
export function mintBillingCaller(platform: Platform, role: Role = 'viewer', userId = `user_${randomUUID().slice(0, 12)}`): BillingCaller {
  const secret = platform.env.JWT_SECRET;
  if (!secret) throw new Error('the platform has no JWT_SECRET');
  const token = new JwtService({ secret }).sign(
    { sub: userId, sid: randomUUID(), role, typ: 'access' },
    { issuer: JWT_ISSUER, audience: JWT_AUDIENCE, algorithm: 'HS256', expiresIn: 3600 },
  );
  return { userId, token };
}

export interface BillingReply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client for billing routes: bearer token, optional Idempotency-Key. */
export class BillingApi {
  constructor(private readonly platform: Platform) {}

  /** `timeoutMs`: give up on the answer (the fetch rejects), e.g. when billing may be killed while it answers. */
  async call<T = Record<string, unknown>>(method: string, path: string, caller: BillingCaller | null, body?: unknown, idempotencyKey?: string, timeoutMs?: number): Promise<BillingReply<T>> {
    const headers: Record<string, string> = {};
    if (caller) headers.authorization = `Bearer ${caller.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const response = await fetch(this.platform.url(path), {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(timeoutMs !== undefined ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
  }

  /** Admin helper: pin the billing clock and run the renewal sweep as of it. */
  async sweepAt(admin: BillingCaller, instant: Date): Promise<Record<string, unknown>> {
    await this.setClock(admin, instant);
    const run = await this.call('POST', '/admin/billing/renewals/run', admin);
    if (run.status !== 200) throw new Error(`renewal run failed: ${run.status} ${JSON.stringify(run.body)}`);
    return run.body;
  }

  async setClock(admin: BillingCaller, instant: Date): Promise<void> {
    const set = await this.call('POST', '/admin/billing/clock', admin, { now: instant.toISOString() });
    if (set.status !== 200) throw new Error(`clock not set: ${set.status} ${JSON.stringify(set.body)}`);
  }
}

export const CARDS = {
  succeeds: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
  requiresAction: '4000 0027 6000 3184',
  /** Refused by the provider itself, also when set up for later charges. */
  rejected: '4000 0000 0000 0069',
  /** Sets up fine (a trial starts), every charge declined: Stripe's 4000000000000341. */
  declinedAfterSetup: '4000 0000 0000 0341',
} as const;

export const newKey = () => `key-${randomUUID()}`;
