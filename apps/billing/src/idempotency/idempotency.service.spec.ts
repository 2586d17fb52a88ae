import { jest } from '@jest/globals';
import { DomainError } from '@onstream/common';
import type { BillingConfig } from '../billing.config.js';
import { BillingClock } from '../clock/billing-clock.js';
import type { IdempotencyRecord, IdempotencyRepository } from './idempotency.repository.js';
import { canonicalJson, IdempotencyService } from './idempotency.service.js';

const NOW = new Date('2027-01-01T00:00:00Z');
const call = { scope: 'subscribe', callerId: 'u1', key: 'key-12345678', body: { planId: 'p1', country: 'DE' } };

/** A repository mock that fails the test on any call it was not told to expect. */
function repository(overrides: Partial<Record<keyof IdempotencyRepository, unknown>>) {
  const unexpected = (name: string) => () => {
    throw new Error(`unexpected call to IdempotencyRepository.${name}`);
  };
  const methods = ['begin', 'find', 'complete', 'reopen', 'takeOver', 'removeExpired', 'pruneOlderThan'] as const;
  return Object.fromEntries(methods.map((name) => [name, overrides[name] ?? jest.fn(unexpected(name))])) as unknown as IdempotencyRepository;
}

function service(records: IdempotencyRepository) {
  const clock = new BillingClock();
  clock.pin(NOW);
  return new IdempotencyService(records, clock, { BILLING_IDEMPOTENCY_WAIT_MS: 200, BILLING_IDEMPOTENCY_LEASE_MS: 30_000 } as BillingConfig);
}

function storedRecord(fields: Partial<IdempotencyRecord>): IdempotencyRecord {
  // The hash of call.body, as the service computes it.
  return { _id: 'subscribe:u1:key-12345678', requestHash: 'x', state: 'done', createdAt: NOW, ...fields };
}

async function hashOf(body: unknown): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

describe('IdempotencyService', () => {
  it('runs the work once for a new key and stores its answer', async () => {
    const complete = jest.fn<IdempotencyRepository['complete']>().mockResolvedValue();
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(null), complete });
    const work = jest.fn(() => Promise.resolve({ id: 's1' }));

    await expect(service(records).run(call, work)).resolves.toEqual({ id: 's1' });
    expect(work).toHaveBeenCalledTimes(1);
    expect(complete).toHaveBeenCalledWith('subscribe:u1:key-12345678', { ok: true, value: { id: 's1' } });
  });

  it('returns the stored answer for the same key and body without running the work', async () => {
    const requestHash = await hashOf(call.body);
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(storedRecord({ requestHash, outcome: { ok: true, value: { id: 's1' } } })) });
    const work = jest.fn(() => Promise.resolve({ id: 'other' }));

    await expect(service(records).run(call, work)).resolves.toEqual({ id: 's1' });
    expect(work).not.toHaveBeenCalled();
  });

  it('replays a stored 4xx as the same domain error', async () => {
    const requestHash = await hashOf(call.body);
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(storedRecord({ requestHash, outcome: { ok: false, error: { status: 402, code: 'BILLING.CARD_DECLINED', message: 'declined' } } })) });
    await expect(service(records).run(call, () => Promise.resolve(1))).rejects.toMatchObject({ status: 402, code: 'BILLING.CARD_DECLINED' });
  });

  it('refuses the same key with another body with 422', async () => {
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(storedRecord({ requestHash: 'another body' })) });
    await expect(service(records).run(call, () => Promise.resolve(1))).rejects.toMatchObject({ status: 422, code: 'BILLING.IDEMPOTENCY_KEY_REUSED' });
  });

  it('hashes bodies independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(canonicalJson({ a: { c: [3, { e: 5, f: 4 }], d: 2 }, b: 1 }));
  });

  it('treats a key older than 24 h as new: removes it and runs the work', async () => {
    const expired = storedRecord({ requestHash: 'old', createdAt: new Date(NOW.getTime() - 24 * 3600_000) });
    const begin = jest.fn<IdempotencyRepository['begin']>().mockResolvedValueOnce(expired).mockResolvedValueOnce(null);
    const removeExpired = jest.fn<IdempotencyRepository['removeExpired']>().mockResolvedValue();
    const records = repository({ begin, removeExpired, complete: jest.fn<IdempotencyRepository['complete']>().mockResolvedValue() });

    await expect(service(records).run(call, () => Promise.resolve('fresh'))).resolves.toBe('fresh');
    expect(removeExpired).toHaveBeenCalledWith('subscribe:u1:key-12345678', expired.createdAt);
  });

  it('waits for a concurrent first request and returns its answer', async () => {
    const requestHash = await hashOf(call.body);
    const running = storedRecord({ requestHash, state: 'pending', leaseUntil: new Date(Date.now() + 60_000) });
    const find = jest.fn<IdempotencyRepository['find']>().mockResolvedValueOnce(running).mockResolvedValueOnce(storedRecord({ requestHash, outcome: { ok: true, value: 'winner' } }));
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(running), find });

    await expect(service(records).run(call, () => Promise.resolve('loser'))).resolves.toBe('winner');
  });

  it('answers 409 when the first request is still running past the wait', async () => {
    const requestHash = await hashOf(call.body);
    const pending = storedRecord({ requestHash, state: 'pending', leaseUntil: new Date(Date.now() + 60_000) });
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(pending), find: jest.fn<IdempotencyRepository['find']>().mockResolvedValue(pending) });
    await expect(service(records).run(call, () => Promise.resolve(1))).rejects.toMatchObject({ status: 409, code: 'BILLING.IDEMPOTENCY_IN_PROGRESS' });
  });

  it('reopens the key after a 5xx so the client can retry it', async () => {
    const reopen = jest.fn<IdempotencyRepository['reopen']>().mockResolvedValue();
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(null), reopen });
    const outage = DomainError.unavailable('provider down');
    await expect(service(records).run(call, () => Promise.reject(outage))).rejects.toBe(outage);
    expect(reopen).toHaveBeenCalledWith('subscribe:u1:key-12345678');
  });

  it('does not store an answer that is not final (a payment still pending): the key reopens', async () => {
    const reopen = jest.fn<IdempotencyRepository['reopen']>().mockResolvedValue();
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(null), reopen });
    await expect(service(records).run(call, () => Promise.resolve({ payment: 'pending' }), (answer) => answer.payment !== 'pending')).resolves.toEqual({ payment: 'pending' });
    expect(reopen).toHaveBeenCalledWith('subscribe:u1:key-12345678');
  });

  it('gives every attempt with one key the same intent id, and another key another id', async () => {
    const requestHash = await hashOf(call.body);
    const takeOver = jest.fn<IdempotencyRepository['takeOver']>().mockResolvedValue(true);
    const begin = jest.fn<IdempotencyRepository['begin']>().mockResolvedValueOnce(null).mockResolvedValueOnce(storedRecord({ requestHash, state: 'open' })).mockResolvedValueOnce(null);
    const records = repository({ begin, takeOver, reopen: jest.fn<IdempotencyRepository['reopen']>().mockResolvedValue() });
    const ids: string[] = [];
    const work = (intentId: string) => {
      ids.push(intentId);
      return Promise.reject(DomainError.unavailable('lost'));
    };
    await expect(service(records).run(call, work)).rejects.toMatchObject({ status: 503 });
    await expect(service(records).run(call, work)).rejects.toMatchObject({ status: 503 });
    await expect(service(records).run({ ...call, key: 'key-other-123' }, work)).rejects.toMatchObject({ status: 503 });
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('takes over a key whose holder’s lease ran out (its process died) and runs the work', async () => {
    const requestHash = await hashOf(call.body);
    const stale = storedRecord({ requestHash, state: 'pending', leaseUntil: new Date(Date.now() - 1) });
    const takeOver = jest.fn<IdempotencyRepository['takeOver']>().mockResolvedValue(true);
    const records = repository({ begin: jest.fn<IdempotencyRepository['begin']>().mockResolvedValue(stale), takeOver, complete: jest.fn<IdempotencyRepository['complete']>().mockResolvedValue() });
    await expect(service(records).run(call, () => Promise.resolve('finished'))).resolves.toBe('finished');
    expect(takeOver).toHaveBeenCalledWith(stale, expect.any(Date));
  });
});
