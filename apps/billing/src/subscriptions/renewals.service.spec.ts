import { jest } from '@jest/globals';
import { DomainError } from '@onstream/common';
import type { BillingConfig } from '../billing.config.js';
import type { ClaimsRepository } from '../claims/claims.repository.js';
import { BillingClock } from '../clock/billing-clock.js';
import type { ChargeService } from '../ledger/charge.service.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import type { PlanDocument } from '../plans/plans.repository.js';
import type { PlansService } from '../plans/plans.service.js';
import type { RenewalNotices } from './renewal-notices.js';
import { RenewalsService } from './renewals.service.js';
import type { SubscriptionLifecycle } from './subscription-lifecycle.js';
import type { SubscriptionDocument, SubscriptionsRepository } from './subscriptions.repository.js';

const periodEnd = new Date('2027-02-01T00:00:00Z');
const plan: PlanDocument = { _id: 'p1', name: 'Basic', interval: 'month', price: 999, currency: 'EUR', trialDays: 0, features: { maxQuality: '1080p', maxDevices: 1, maxStreams: 1, downloads: false }, createdAt: new Date(0) };

function subscription(fields: Partial<SubscriptionDocument> = {}): SubscriptionDocument {
  return {
    _id: 's1', userId: 'u1', planId: 'p1', status: 'active', currency: 'EUR', country: 'DE', paymentMethod: '4242424242424242',
    currentPeriodStart: new Date('2027-01-01T00:00:00Z'), currentPeriodEnd: periodEnd, cancelAtPeriodEnd: false, failedAttempts: 0, creditBalance: 0, version: 3, createdAt: new Date('2027-01-01T00:00:00Z'),
    ...fields,
  };
}

function setup(due: SubscriptionDocument | SubscriptionDocument[], chargeStatus: LedgerEntry['status'], asOf = periodEnd, payment: Partial<LedgerEntry> = {}) {
  const dueFn = jest.fn<SubscriptionsRepository['due']>().mockResolvedValueOnce(Array.isArray(due) ? due : [due]).mockResolvedValue([]);
  // The sweep reads a subscription again under its renewal claim: as the due page listed it.
  const findById = jest.fn<SubscriptionsRepository['findById']>().mockImplementation(async (id) => {
    for (const page of dueFn.mock.results) {
      const found = (await (page.value as ReturnType<SubscriptionsRepository['due']>)).find((s) => s._id === id);
      if (found) return found;
    }
    return null;
  });
  const apply = jest.fn<SubscriptionLifecycle['apply']>().mockImplementation((current, changes) => Promise.resolve({ ...current, ...changes, version: current.version + 1 }));
  const charge = jest.fn<ChargeService['charge']>().mockResolvedValue({ status: chargeStatus, providerPaymentId: 'pi_1', ...payment } as LedgerEntry);
  const get = jest.fn<PlansService['get']>().mockResolvedValue(plan);
  const clock = new BillingClock();
  clock.pin(asOf);
  const service = new RenewalsService(
    { due: dueFn, findById } as unknown as SubscriptionsRepository,
    { apply } as unknown as SubscriptionLifecycle,
    { get } as unknown as PlansService,
    { charge } as unknown as ChargeService,
    clock,
    { BILLING_SWEEP_INTERVAL_MS: 0, dunningRetryDays: [1, 3, 5] } as unknown as BillingConfig,
    { send: jest.fn<RenewalNotices['send']>().mockResolvedValue(0) } as unknown as RenewalNotices,
    { exclusively: (_key: string, _lease: number, work: () => Promise<unknown>) => work() } as unknown as ClaimsRepository,
  );
  return { service, apply, charge, dueFn };
}

describe('RenewalsService.sweep', () => {
  it('renews a paid period from the old period end, using up credit first', async () => {
    const { service, apply, charge } = setup(subscription({ creditBalance: 300 }), 'completed');
    expect(await service.sweep()).toMatchObject({ renewed: 1 });
    expect(charge).toHaveBeenCalledWith(expect.objectContaining({ netAmount: 699, key: `subscription:s1:renewal:${periodEnd.toISOString()}:1` }));
    expect(apply.mock.calls[0][1]).toMatchObject({ status: 'active', currentPeriodStart: periodEnd, currentPeriodEnd: new Date('2027-03-01T00:00:00Z'), creditBalance: 0, failedAttempts: 0 });
  });

  it('moves a failed renewal to past_due with the first retry one day after the period end', async () => {
    const { service, apply } = setup(subscription(), 'failed');
    expect(await service.sweep()).toMatchObject({ failed: 1 });
    expect(apply.mock.calls[0][1]).toEqual({ status: 'past_due', failedAttempts: 1, nextRetryAt: new Date('2027-02-02T00:00:00Z') });
  });

  it('schedules the third retry five days after the period end', async () => {
    const { service, apply } = setup(subscription({ status: 'past_due', failedAttempts: 2, nextRetryAt: new Date('2027-02-04T00:00:00Z') }), 'failed', new Date('2027-02-04T00:00:00Z'));
    await service.sweep();
    expect(apply.mock.calls[0][1]).toEqual({ status: 'past_due', failedAttempts: 3, nextRetryAt: new Date('2027-02-06T00:00:00Z') });
  });

  it('expires the subscription when the last retry fails', async () => {
    const asOf = new Date('2027-02-06T00:00:00Z');
    const { service, apply } = setup(subscription({ status: 'past_due', failedAttempts: 3, nextRetryAt: asOf }), 'failed', asOf);
    expect(await service.sweep()).toMatchObject({ expired: 1 });
    expect(apply.mock.calls[0][1]).toEqual({ status: 'expired', endedAt: asOf, failedAttempts: 4 });
  });

  it('treats a renewal that needs customer action as failed (off-session)', async () => {
    const { service, apply, charge } = setup(subscription(), 'pending', periodEnd, { requiresAction: true });
    await service.sweep();
    expect(charge).toHaveBeenCalledWith(expect.objectContaining({ offSession: true }));
    expect(apply.mock.calls[0][1]).toMatchObject({ status: 'past_due' });
  });

  it('leaves a renewal whose provider answer was lost as it is: no dunning step on a payment that may have gone through', async () => {
    const { service, apply } = setup(subscription(), 'pending', periodEnd, { providerPaymentId: undefined });
    expect(await service.sweep()).toMatchObject({ renewed: 0, failed: 0 });
    expect(apply).not.toHaveBeenCalled();
  });

  it('counts a renewal the provider refuses with a 4xx as a failed payment (past_due), not a skip', async () => {
    const { service, apply, charge } = setup(subscription({ status: 'trialing' }), 'completed');
    charge.mockRejectedValueOnce(new DomainError('BILLING.INVALID_PAYMENT_METHOD', 400, 'refused'));
    expect(await service.sweep()).toMatchObject({ failed: 1 });
    expect(apply.mock.calls[0][1]).toMatchObject({ status: 'past_due', failedAttempts: 1 });
  });

  it('pages past a full batch of subscriptions that fail, so the one after them still renews', async () => {
    const broken = Array.from({ length: 100 }, (_, n) => subscription({ _id: `bad${String(n).padStart(3, '0')}` }));
    const { service, charge, dueFn } = setup(broken, 'completed');
    dueFn.mockReset();
    dueFn.mockResolvedValueOnce(broken).mockResolvedValueOnce([subscription({ _id: 'good' })]).mockResolvedValue([]);
    charge.mockImplementation((order) => (order.metadata.subscriptionId === 'good' ? Promise.resolve({ status: 'completed', providerPaymentId: 'pi' } as LedgerEntry) : Promise.reject(new Error('boom'))));
    expect(await service.sweep()).toMatchObject({ renewed: 1 });
    expect(dueFn.mock.calls[1][2]).toMatchObject({ _id: 'bad099' });
  });

  it('ends a subscription set to cancel at its period end without charging', async () => {
    const { service, apply, charge } = setup(subscription({ cancelAtPeriodEnd: true }), 'completed');
    expect(await service.sweep()).toMatchObject({ canceled: 1, renewed: 0 });
    expect(charge).not.toHaveBeenCalled();
    expect(apply.mock.calls[0][1]).toEqual({ status: 'canceled', endedAt: periodEnd });
  });

  it('expires a first payment left incomplete', async () => {
    const { service, apply, charge } = setup(subscription({ status: 'incomplete' }), 'completed');
    expect(await service.sweep()).toMatchObject({ expired: 1 });
    expect(charge).not.toHaveBeenCalled();
    expect(apply.mock.calls[0][1]).toMatchObject({ status: 'expired' });
  });

  it('keeps sweeping the others when one subscription’s charge throws', async () => {
    const { service, charge } = setup(subscription(), 'completed');
    charge.mockRejectedValueOnce(new Error('provider down'));
    await expect(service.sweep()).resolves.toMatchObject({ renewed: 0, failed: 0 });
  });
});
