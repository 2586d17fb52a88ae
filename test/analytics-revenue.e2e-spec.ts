import type { AdminStatsResponse, ReportResponse } from '@onstream/common';
import { analyticsToken } from './support/analytics-tokens.js';
import { Api } from './support/http.js';
import { Platform } from './support/platform.js';

/** Revenue in creator reports and admin statistics comes from billing; without billing they are partial, not failed. */
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const creatorId = 'creator-revenue-e2e';
const day = 24 * 3600_000;
const range = `from=${new Date(Date.now() - 7 * day).toISOString()}&to=${new Date(Date.now() + day).toISOString()}&granularity=day`;
let creator: string;
let admin: string;

beforeAll(async () => {
  await platform.start({ env: { BILLING_CREATOR_SHARE_BPS: '6500', ANALYTICS_BILLING_TIMEOUT_MS: '1500' } });
  creator = analyticsToken(platform, creatorId, 'creator');
  admin = analyticsToken(platform, 'admin-revenue-e2e', 'admin');
});
afterAll(() => platform.stop());

describe('revenue from billing', () => {
  it('a creator report carries billing’s revenue for the creator', async () => {
    const { status, body } = await api.get<ReportResponse>(`/analytics/creator/${creatorId}?${range}`, creator);
    expect(status).toBe(200);
    expect(body).toMatchObject({ scope: 'creator', partial: false, revenue: { shareBps: 6500, periods: expect.any(Array), totals: expect.any(Array) } });
  });

  it('admin statistics show active subscriptions and revenue from billing', async () => {
    const { status, body } = await api.get<AdminStatsResponse>('/admin/stats', admin);
    expect(status).toBe(200);
    expect(body).toMatchObject({ activeSubscriptions: 0, revenue: [], partial: false });
  });

  it('with billing down, both still answer, marked partial', async () => {
    await platform.app('billing').stop();
    const report = await api.get<ReportResponse>(`/analytics/creator/${creatorId}?${range}`, creator);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ scope: 'creator', revenue: null, partial: true, totals: { views: 0 } });
    const stats = await api.get<AdminStatsResponse>('/admin/stats', admin);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ activeSubscriptions: null, revenue: null, partial: true });
  });
});
