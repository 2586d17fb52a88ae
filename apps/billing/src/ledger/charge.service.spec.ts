import { jest } from '@jest/globals';
import { DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { ClaimsRepository } from '../claims/claims.repository.js';
import { BillingClock } from '../clock/billing-clock.js';
import type { BillingOutbox } from '../events/billing-outbox.js';
import type { FaultPoints } from '../faults/fault-points.js';
import type { PaymentProvider } from '../providers/payment-provider.js';
import { ChargeService, isUnsettled, type ChargeOrder } from './charge.service.js';
import { ledgerIdOf, type LedgerEntry } from './ledger-entry.js';
import type { LedgerRepository } from './ledger.repository.js';
import { TaxTable } from './tax-table.js';

const order: ChargeOrder = {
  key: 'ppv:p1',
  userId: 'u1',
  type: 'ppv',
  netAmount: 500,
  currency: 'EUR',
  country: 'DE',
  paymentMethod: '4242424242424242',
  description: 'Purchase',
  purpose: { kind: 'ppv', purchaseId: 'p1', videoId: 'v1', creatorId: 'c1' },
  metadata: { purchaseId: 'p1' },
};

function setup(charge: PaymentProvider['charge'], stored?: LedgerEntry) {
  const insertOnce = jest.fn<LedgerRepository['insertOnce']>().mockImplementation(async (entry) => ({ entry: stored ?? entry, inserted: !stored }));
  const recordOutcome = jest.fn<LedgerRepository['recordOutcome']>().mockImplementation(async (entry, outcome) => ({ ...entry, ...outcome }));
  // Read again under the charging claim: the entry as inserted.
  const findById = jest.fn<LedgerRepository['findById']>().mockImplementation(async () => (insertOnce.mock.results[0] ? (await (insertOnce.mock.results[0].value as ReturnType<LedgerRepository['insertOnce']>)).entry : null));
  const ledger = strictMock<LedgerRepository>('ledger', { insertOnce, recordOutcome, findById });
  const provider = strictMock<PaymentProvider>('provider', { name: 'sandbox', methodLabel: () => 'sandbox:card-4242', charge: jest.fn(charge) });
  const outbox = strictMock<BillingOutbox>('outbox', { kick: jest.fn<BillingOutbox['kick']>() });
  const faults = strictMock<FaultPoints>('faults', { fires: () => false, crash: () => undefined });
  const claims = strictMock<ClaimsRepository>('claims', { exclusively: (_key: string, _lease: number, work: () => Promise<unknown>) => work() } as Partial<ClaimsRepository>);
  const service = new ChargeService(ledger, provider, new TaxTable('DE:1900', 0), new BillingClock(), outbox, faults, claims);
  return { service, provider, insertOnce, recordOutcome };
}

describe('ChargeService', () => {
  it('names the entry after the order key and sends that key and the ledger id to the provider', async () => {
    const { service, provider } = setup(async () => ({ status: 'succeeded', providerPaymentId: 'pi_1' }));
    const entry = await service.charge(order);
    expect(entry).toMatchObject({ _id: ledgerIdOf('ppv:p1'), status: 'completed', amount: 595, providerPaymentId: 'pi_1' });
    expect(provider.charge).toHaveBeenCalledWith(expect.objectContaining({ idempotencyKey: 'ppv:p1', amount: 595, metadata: { purchaseId: 'p1', ledgerId: ledgerIdOf('ppv:p1') } }));
  });

  it('leaves the entry pending, recording nothing, when the provider does not answer', async () => {
    const { service, recordOutcome } = setup(() => Promise.reject(new DomainError('BILLING.PROVIDER_UNAVAILABLE', 503, 'timeout')));
    const entry = await service.charge(order);
    expect(isUnsettled(entry)).toBe(true);
    expect(recordOutcome).not.toHaveBeenCalled();
  });

  it('asks the provider again under the same key for an entry still pending from an earlier attempt', async () => {
    const earlier = { ...(await setup(() => Promise.reject(new DomainError('BILLING.PROVIDER_UNAVAILABLE', 503, 'timeout'))).service.charge(order)) };
    const { service, provider } = setup(async () => ({ status: 'succeeded', providerPaymentId: 'pi_1' }), earlier);
    expect(await service.charge(order)).toMatchObject({ _id: earlier._id, status: 'completed' });
    expect(provider.charge).toHaveBeenCalledWith(expect.objectContaining({ idempotencyKey: 'ppv:p1' }));
  });

  it('returns a settled entry as stored, without calling the provider', async () => {
    const settled = { _id: ledgerIdOf('ppv:p1'), key: 'ppv:p1', status: 'completed', providerPaymentId: 'pi_1' } as LedgerEntry;
    const { service, provider } = setup(async () => ({ status: 'succeeded', providerPaymentId: 'pi_2' }), settled);
    expect(await service.charge(order)).toBe(settled);
    expect(provider.charge).not.toHaveBeenCalled();
  });

  it('lets other errors through (not an unknown outcome)', async () => {
    const { service } = setup(() => Promise.reject(new Error('bug')));
    await expect(service.charge(order)).rejects.toThrow('bug');
  });
});
