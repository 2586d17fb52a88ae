import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { BillingClock } from '../clock/billing-clock.js';
import type { EntitlementCache } from '../entitlements/entitlement-cache.js';
import type { BillingOutbox } from '../events/billing-outbox.js';
import type { FaultPoints } from '../faults/fault-points.js';
import type { IdempotencyService } from '../idempotency/idempotency.service.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import type { LedgerRepository } from '../ledger/ledger.repository.js';
import type { PaymentProvider } from '../providers/payment-provider.js';
import type { PpvService } from './ppv.service.js';
import { RefundsService } from './refunds.service.js';

const admin = { userId: 'admin1', role: 'admin' } as AuthUser;
/** A completed PPV payment of 599 (499 + 20 % VAT) for purchase p1. */
const charge = {
  _id: 'ch1', key: 'ppv:p1', userId: 'u1', type: 'ppv', status: 'completed', description: 'Purchase of video v1',
  amount: 599, netAmount: 499, taxAmount: 100, taxRate: 2000, taxCountry: 'FR', currency: 'EUR',
  method: 'sandbox:card-4242', provider: 'sandbox', providerPaymentId: 'pi_1', createdAt: new Date('2026-01-01T00:00:00Z'),
  purpose: { kind: 'ppv', purchaseId: 'p1', videoId: 'v1', creatorId: 'c1' },
  metadata: { purchaseId: 'p1' },
} as LedgerEntry;

/** The ledger as a small in-memory store: the service's steps read back what earlier steps wrote. */
function setup(options: { refundsAlready?: LedgerEntry[]; insertedRightAfterRead?: LedgerEntry } = {}) {
  const entries = new Map<string, LedgerEntry>([[charge._id, charge], ...(options.refundsAlready ?? []).map((r) => [r._id, r] as [string, LedgerEntry])]);
  const refunds = () => [...entries.values()].filter((e) => e.refundOf === charge._id);
  const ledger = strictMock<LedgerRepository>('ledger', {
    findById: async (id: string) => entries.get(id) ?? null,
    refundsOf: async () => {
      const seen = refunds();
      // Another attempt's insert lands between this read and the caller's own insert.
      if (options.insertedRightAfterRead) entries.set(options.insertedRightAfterRead._id, options.insertedRightAfterRead);
      return seen;
    },
    insertOnce: async (entry: LedgerEntry) => {
      const taken = [...entries.values()].find((e) => e.key === entry.key);
      if (taken) return { entry: taken, inserted: false };
      entries.set(entry._id, entry);
      return { entry, inserted: true };
    },
    recordOutcome: async (entry: LedgerEntry, outcome: Partial<LedgerEntry>) => {
      const stored = entries.get(entry._id);
      if (stored?.status !== 'pending') return null;
      const updated = { ...stored, ...outcome } as LedgerEntry;
      entries.set(entry._id, updated);
      return updated;
    },
    refundedInFull: async () => refunds().filter((r) => r.status === 'completed').reduce((sum, r) => sum + r.amount, 0) >= charge.amount,
    markRefundFinished: async (id: string) => {
      const { unfinishedSince: _cleared, ...rest } = entries.get(id) as LedgerEntry;
      entries.set(id, rest as LedgerEntry);
    },
    unfinishedRefundsSince: async (cutoff: Date) => refunds().filter((r) => r.unfinishedSince && r.unfinishedSince < cutoff),
  } as Partial<LedgerRepository>);
  const provider = strictMock<PaymentProvider>('provider', { refund: jest.fn<PaymentProvider['refund']>(async (command) => ({ providerRefundId: `re_${command.idempotencyKey}`, status: 'succeeded' })) });
  const ppv = strictMock<PpvService>('ppv', { revoke: jest.fn<PpvService['revoke']>(async () => undefined) });
  const idempotency = strictMock<IdempotencyService>('idempotency', { run: (async (_call: unknown, work: (intentId: string) => Promise<unknown>) => work('intent1')) as IdempotencyService['run'] });
  const outbox = strictMock<BillingOutbox>('outbox', { kick: () => undefined });
  const cache = strictMock<EntitlementCache>('cache', { forgetUser: () => undefined });
  const faults = strictMock<FaultPoints>('faults', { crash: () => undefined });
  const service = new RefundsService(ledger, provider, ppv, idempotency, outbox, cache, faults, new BillingClock());
  return { service, entries, refunds, provider, ppv };
}

const refund = (service: RefundsService, amount?: number) => service.refund({ actor: admin, idempotencyKey: 'key-00000001', transactionId: charge._id, refund: { ...(amount ? { amount } : {}), reason: 'test' } });

describe('RefundsService', () => {
  it('revokes the purchase of a PPV charge refunded in full, then marks the refund finished', async () => {
    const { service, refunds, ppv } = setup();
    expect(await refund(service)).toMatchObject({ status: 'completed', amount: 599 });
    expect(ppv.revoke).toHaveBeenCalledWith('p1');
    expect(refunds()).toEqual([expect.objectContaining({ status: 'completed' })]);
    expect(refunds()[0].unfinishedSince).toBeUndefined();
  });

  it('keeps the purchase after a partial refund, and revokes it when the partial refunds add up to the charge', async () => {
    const earlier = { ...charge, _id: 'r1', key: `refund:${charge._id}:1`, type: 'refund', amount: 300, refundOf: charge._id, metadata: { refundIntent: 'another' } } as LedgerEntry;
    const first = setup();
    await refund(first.service, 300);
    expect(first.ppv.revoke).not.toHaveBeenCalled();
    const second = setup({ refundsAlready: [earlier] });
    await refund(second.service);
    expect(second.ppv.revoke).toHaveBeenCalledWith('p1');
  });

  it('finishes a refund an attempt left pending (billing died before the provider answered): same provider key, then revokes', async () => {
    const { service, entries, refunds, provider, ppv } = setup();
    const stuck = { ...charge, _id: 'r1', key: `refund:${charge._id}:1`, type: 'refund', status: 'pending', refundOf: charge._id, providerPaymentId: undefined, unfinishedSince: new Date('2026-01-01T00:00:01Z'), metadata: { refundIntent: 'intent1' } } as LedgerEntry;
    entries.set(stuck._id, stuck);
    expect(await service.finishUnfinished(new Date('2026-01-01T00:01:00Z'))).toBe(1);
    expect(provider.refund).toHaveBeenCalledWith({ providerPaymentId: 'pi_1', amount: 599, idempotencyKey: stuck.key });
    expect(ppv.revoke).toHaveBeenCalledWith('p1');
    expect(refunds()).toEqual([expect.objectContaining({ _id: 'r1', status: 'completed' })]);
    expect(refunds()[0].unfinishedSince).toBeUndefined();
  });

  it('revokes a refund already recorded whose purchase never followed (billing died between the two writes)', async () => {
    const { service, entries, provider, ppv } = setup();
    const recorded = { ...charge, _id: 'r1', key: `refund:${charge._id}:1`, type: 'refund', status: 'completed', refundOf: charge._id, providerPaymentId: 're_1', unfinishedSince: new Date('2026-01-01T00:00:01Z'), metadata: { refundIntent: 'intent1' } } as LedgerEntry;
    entries.set(recorded._id, recorded);
    await service.finishUnfinished(new Date('2026-01-01T00:01:00Z'));
    expect(provider.refund).not.toHaveBeenCalled();
    expect(ppv.revoke).toHaveBeenCalledWith('p1');
  });

  it('finishes the entry of its own intent when a concurrent attempt of the same request inserted it first (no 409)', async () => {
    const racing = { ...charge, _id: 'r1', key: `refund:${charge._id}:1`, type: 'refund', status: 'pending', refundOf: charge._id, providerPaymentId: undefined, metadata: { refundIntent: 'intent1' } } as LedgerEntry;
    const { service, refunds } = setup({ insertedRightAfterRead: racing });
    expect(await refund(service)).toMatchObject({ id: 'r1', status: 'completed' });
    expect(refunds()).toHaveLength(1);
  });
});
