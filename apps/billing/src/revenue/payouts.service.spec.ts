import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import type { ClaimsRepository } from '../claims/claims.repository.js';
import { BillingClock } from '../clock/billing-clock.js';
import type { IdempotencyService } from '../idempotency/idempotency.service.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import type { LedgerRepository } from '../ledger/ledger.repository.js';
import { monthRange, PayoutsService } from './payouts.service.js';
import type { RevenueService } from './revenue.service.js';

const admin = { userId: 'admin1', sessionId: 's', role: 'admin', tokenType: 'access', kidProfile: false } as AuthUser;
const now = new Date('2027-02-02T00:00:00Z');

function payoutEntry(fields: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    _id: 'p-old', key: 'payout:p-old', userId: 'c1', type: 'payout', status: 'failed', amount: 700, netAmount: 700, taxAmount: 0, taxRate: 0, taxCountry: '', currency: 'EUR',
    method: 'bank_transfer', provider: 'manual', description: '', purpose: { kind: 'payout', creatorId: 'c1', period: '2027-01' }, metadata: { creatorId: 'c1', period: '2027-01' }, createdAt: now,
    ...fields,
  };
}

function setup(claims: Partial<ClaimsRepository>, ledger: Partial<LedgerRepository>, earnings = 700) {
  const clock = new BillingClock();
  clock.pin(now);
  const idempotency = { run: (_call: unknown, work: () => Promise<unknown>) => work() } as unknown as IdempotencyService;
  const revenue = { earningsOf: jest.fn<RevenueService['earningsOf']>().mockResolvedValue(earnings) } as unknown as RevenueService;
  return new PayoutsService(ledger as LedgerRepository, claims as ClaimsRepository, revenue, idempotency, clock);
}

describe('PayoutsService', () => {
  it('names a month by its UTC bounds', () => {
    expect(monthRange('2027-12')).toEqual({ from: '2027-12-01T00:00:00.000Z', to: '2028-01-01T00:00:00.000Z' });
  });

  it('takes over a month whose previous payout failed, and records a pending payout of its earnings', async () => {
    const claim = jest.fn<ClaimsRepository['claim']>().mockResolvedValueOnce({ won: false, owner: 'p-old', at: now }).mockResolvedValueOnce({ won: true });
    const release = jest.fn<ClaimsRepository['release']>().mockResolvedValue();
    const insertOnce = jest.fn<LedgerRepository['insertOnce']>().mockImplementation(async (entry) => ({ entry, inserted: true }));
    const service = setup({ claim, release }, { findById: async () => payoutEntry(), insertOnce });
    const payout = await service.create({ actor: admin, idempotencyKey: 'key-12345678', creatorId: 'c1', payout: { period: '2027-01', currency: 'eur' } });
    expect(release).toHaveBeenCalledWith('payout:c1:2027-01:EUR', 'p-old');
    expect(payout).toMatchObject({ creatorId: 'c1', period: '2027-01', currency: 'EUR', amount: 700, status: 'pending' });
    expect(insertOnce.mock.calls[0][0]).toMatchObject({ type: 'payout', userId: 'c1', taxAmount: 0 });
  });

  it('refuses a month held by a pending or completed payout with 409, inserting nothing', async () => {
    const claim = jest.fn<ClaimsRepository['claim']>().mockResolvedValue({ won: false, owner: 'p-old', at: now });
    const insertOnce = jest.fn<LedgerRepository['insertOnce']>();
    const service = setup({ claim }, { findById: async () => payoutEntry({ status: 'pending' }), insertOnce });
    await expect(service.create({ actor: admin, idempotencyKey: 'key-12345678', creatorId: 'c1', payout: { period: '2027-01', currency: 'EUR' } })).rejects.toMatchObject({ status: 409, code: 'BILLING.ALREADY_PAID_OUT' });
    expect(insertOnce).not.toHaveBeenCalled();
  });

  it('keeps the first outcome of a payout: another outcome afterwards is a 409 and changes nothing', async () => {
    const claim = jest.fn<ClaimsRepository['claim']>().mockResolvedValue({ won: false, owner: 'completed', at: now });
    const recordOutcome = jest.fn<LedgerRepository['recordOutcome']>();
    const service = setup({ claim }, { findById: async () => payoutEntry({ _id: 'p1', status: 'completed' }), recordOutcome });
    await expect(service.settle({ actor: admin, payoutId: 'p1', settle: { status: 'failed' } })).rejects.toMatchObject({ status: 409, code: 'BILLING.PAYOUT_ALREADY_SETTLED' });
    expect(recordOutcome).not.toHaveBeenCalled();
  });

  it('frees the month when a payout fails', async () => {
    const claim = jest.fn<ClaimsRepository['claim']>().mockResolvedValue({ won: true });
    const release = jest.fn<ClaimsRepository['release']>().mockResolvedValue();
    const recordOutcome = jest.fn<LedgerRepository['recordOutcome']>().mockResolvedValue(payoutEntry({ _id: 'p1', status: 'failed', note: 'bounced' }));
    const service = setup({ claim, release }, { findById: async () => payoutEntry({ _id: 'p1', status: 'pending' }), recordOutcome });
    await expect(service.settle({ actor: admin, payoutId: 'p1', settle: { status: 'failed', note: 'bounced' } })).resolves.toMatchObject({ status: 'failed', note: 'bounced' });
    expect(release).toHaveBeenCalledWith('payout:c1:2027-01:EUR', 'p1');
  });

  it('refuses to pay a month with no earnings', async () => {
    const service = setup({}, {}, 0);
    await expect(service.create({ actor: admin, idempotencyKey: 'key-12345678', creatorId: 'c1', payout: { period: '2027-01', currency: 'EUR' } })).rejects.toMatchObject({ status: 422, code: 'BILLING.NOTHING_TO_PAY' });
  });
});
