import { calculateRevenue, monthOf } from './revenue-calculator.js';

describe('calculateRevenue', () => {
  const jan = new Date('2027-01-15T00:00:00Z');
  const feb = new Date('2027-02-02T00:00:00Z');

  it('pays the share of PPV sales per month and per video, rounded half up', () => {
    const result = calculateRevenue({
      sales: [
        { videoId: 'v1', currency: 'EUR', net: 499, at: jan },
        { videoId: 'v1', currency: 'EUR', net: 499, at: feb },
        { videoId: 'v2', currency: 'EUR', net: 101, at: jan },
      ],
      pools: [],
      shareBps: 7000,
      payouts: [],
    });
    // Jan: (499 + 101) × 70 % = 420; Feb: 499 × 70 % = 349.3 → 349
    expect(result.periods.map((p) => [p.period, p.ppvNet, p.earnings])).toEqual([
      ['2027-01', 600, 420],
      ['2027-02', 499, 349],
    ]);
    expect(result.videos.map((v) => [v.videoId, v.sales, v.net, v.earnings])).toEqual([
      ['v1', 2, 998, 699],
      ['v2', 1, 101, 71],
    ]);
  });

  it('sums the CPMs of a month’s ad impressions and rounds once, so fractions of a cent add up', () => {
    // 7 impressions at 2,500 per mille = 17.5 cents → 18 (half up), beside a 100-cent sale; 70 % of 118 = 82.6 → 83.
    const ads = Array.from({ length: 7 }, () => ({ videoId: 'v1', currency: 'EUR', cpmMinor: 2500, at: jan }));
    const result = calculateRevenue({ sales: [{ videoId: 'v2', currency: 'EUR', net: 100, at: jan }], pools: [], ads, shareBps: 7000, payouts: [] });
    expect(result.periods.map((p) => [p.period, p.adImpressions, p.adNet, p.ppvNet, p.earnings])).toEqual([['2027-01', 7, 18, 100, 83]]);
    expect(result.videos.map((v) => [v.videoId, v.adImpressions, v.sales, v.net, v.earnings])).toEqual([
      ['v1', 7, 0, 18, 13],
      ['v2', 0, 1, 100, 70],
    ]);
  });

  it('splits each month’s subscription revenue evenly between that month’s creators before the share, without showing the pool', () => {
    const result = calculateRevenue({ sales: [], pools: [{ period: '2027-01', currency: 'EUR', net: 10_000, creators: 3, includesCreator: true }], shareBps: 5000, payouts: [] });
    // 10,000 / 3 = 3,333.33 → 3,333; × 50 % = 1,666.5 → 1,667
    expect(result.periods).toEqual([{ period: '2027-01', currency: 'EUR', ppvNet: 0, subscriptionPart: 3333, adImpressions: 0, adNet: 0, earnings: 1667, payoutStatus: 'unpaid' }]);
  });

  it('gives no part of a month’s pool to someone without revenue-bearing content that month', () => {
    const result = calculateRevenue({ sales: [], pools: [{ period: '2027-01', currency: 'EUR', net: 10_000, creators: 2, includesCreator: false }], shareBps: 5000, payouts: [] });
    expect(result.periods).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('10000');
  });

  it('derives what is unpaid from earnings minus completed and pending payouts, per currency; failed ones pay nothing', () => {
    const result = calculateRevenue({
      sales: [{ videoId: 'v', currency: 'USD', net: 1000, at: jan }, { videoId: 'v', currency: 'USD', net: 500, at: feb }, { videoId: 'v', currency: 'USD', net: 300, at: new Date('2027-03-03T00:00:00Z') }],
      pools: [],
      shareBps: 10_000,
      payouts: [
        { period: '2027-01', currency: 'USD', amount: 1000, status: 'completed' },
        { period: '2027-02', currency: 'USD', amount: 500, status: 'pending' },
        { period: '2027-03', currency: 'USD', amount: 300, status: 'failed' },
      ],
    });
    expect(result.totals).toEqual([{ currency: 'USD', earnings: 1800, paidOut: 1000, pendingPayout: 500, unpaid: 300 }]);
    expect(result.periods.map((p) => [p.period, p.payoutStatus])).toEqual([['2027-01', 'completed'], ['2027-02', 'pending'], ['2027-03', 'unpaid']]);
  });

  it('names months in UTC', () => {
    expect(monthOf(new Date('2027-01-31T23:30:00-02:00'))).toBe('2027-02');
  });
});
