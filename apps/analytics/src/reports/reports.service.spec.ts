import { jest } from '@jest/globals';
import { DomainError, type AuthUser, type ReportRequest } from '@onstream/common';
import type { BucketRepository } from '../aggregation/bucket.repository.js';
import type { VideoOwnersRepository } from '../owners/video-owners.repository.js';
import type { BillingFigures } from './billing-figures.js';
import { ReportsService } from './reports.service.js';

const actor = (userId: string, role: AuthUser['role'] = 'viewer'): AuthUser => ({ userId, role, sessionId: 's', tokenType: 'access', kidProfile: false });
const request = (overrides: Partial<ReportRequest>): ReportRequest =>
  ({ actor: actor('u1'), scope: 'video', id: 'v1', from: '2026-11-24T00:00:00Z', to: '2026-11-24T06:00:00Z', granularity: 'hour', ...overrides }) as ReportRequest;

const revenue = { shareBps: 7000, periods: [], totals: [{ currency: 'EUR', earnings: 700, paidOut: 0, pendingPayout: 0, unpaid: 700 }] };

function setup(owner: string | undefined, billingRevenue: Awaited<ReturnType<BillingFigures['creatorRevenue']>> = revenue) {
  const partsInRange = jest.fn<BucketRepository['partsInRange']>().mockResolvedValue([]);
  const marksInRange = jest.fn<BucketRepository['marksInRange']>().mockResolvedValue([]);
  const creatorOf = jest.fn<VideoOwnersRepository['creatorOf']>().mockResolvedValue(owner);
  const creatorRevenue = jest.fn<BillingFigures['creatorRevenue']>().mockResolvedValue(billingRevenue);
  const service = new ReportsService(
    { partsInRange, marksInRange } as unknown as BucketRepository,
    { creatorOf } as unknown as VideoOwnersRepository,
    { creatorRevenue } as unknown as BillingFigures,
  );
  return { service, partsInRange, creatorOf, creatorRevenue };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('ReportsService.report', () => {
  it('lets the owner read a video report and queries the range from the bucket start', async () => {
    const { service, partsInRange } = setup('u1');
    const report = await service.report(request({ from: '2026-11-24T00:20:00Z' }));
    expect(partsInRange).toHaveBeenCalledWith('video', 'v1', new Date('2026-11-24T00:00:00Z'), new Date('2026-11-24T06:00:00Z'));
    expect(report).toMatchObject({ scope: 'video', id: 'v1', from: '2026-11-24T00:00:00.000Z', series: [] });
  });

  it('refuses a video report to someone who does not own the video', async () => {
    const { service, partsInRange } = setup('someone-else');
    expect(await failure(service.report(request({})))).toMatchObject({ status: 403, code: 'ANALYTICS.REPORT_FORBIDDEN' });
    expect(partsInRange).not.toHaveBeenCalled();
  });

  it('keeps a video without a known owner to admins', async () => {
    const { service } = setup(undefined);
    expect((await failure(service.report(request({})))).status).toBe(403);
    await expect(service.report(request({ actor: actor('root', 'admin') }))).resolves.toMatchObject({ id: 'v1' });
  });

  it('lets a user read their own report and nobody else’s', async () => {
    const { service, creatorOf } = setup(undefined);
    await expect(service.report(request({ scope: 'user', id: 'u1' }))).resolves.toMatchObject({ scope: 'user' });
    expect((await failure(service.report(request({ scope: 'user', id: 'u2' })))).status).toBe(403);
    expect(creatorOf).not.toHaveBeenCalled();
  });

  it('refuses an hourly range longer than 31 days', async () => {
    const { service } = setup('u1');
    expect(await failure(service.report(request({ to: '2026-12-26T00:00:00Z' })))).toMatchObject({ status: 400, code: 'ANALYTICS.RANGE_INVALID' });
  });

  it('adds billing’s revenue over the range to a creator report', async () => {
    const { service, creatorRevenue } = setup(undefined);
    const creator = actor('c1', 'creator');
    const report = await service.report(request({ actor: creator, scope: 'creator', id: 'c1', granularity: 'day', from: '2026-11-01T00:00:00Z', to: '2026-11-24T00:00:00Z' }));
    expect(report).toMatchObject({ revenue, partial: false });
    expect(creatorRevenue).toHaveBeenCalledWith(creator, 'c1', new Date('2026-11-01T00:00:00Z'), new Date('2026-11-24T00:00:00Z'));
  });

  it('still answers a creator report when billing does not, marked partial', async () => {
    const { service } = setup(undefined, null);
    const report = await service.report(request({ actor: actor('c1', 'creator'), scope: 'creator', id: 'c1', granularity: 'day' }));
    expect(report).toMatchObject({ revenue: null, partial: true, series: [] });
  });

  it('asks billing nothing for video and user reports', async () => {
    const { service, creatorRevenue } = setup('u1');
    expect(await service.report(request({}))).not.toHaveProperty('revenue');
    expect(creatorRevenue).not.toHaveBeenCalled();
  });
});
