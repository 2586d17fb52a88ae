import { trendingScores } from './trending-score.js';

const now = new Date(Date.UTC(2026, 10, 24, 12, 30));
const hoursAgo = (h: number) => new Date(Date.UTC(2026, 10, 24, 12 - h));

describe('trendingScores', () => {
  it('ranks recent views above the same views a day earlier', () => {
    const scores = trendingScores(
      [
        { scopeId: 'old', hour: hoursAgo(20), views: 10, watchSec: 0 },
        { scopeId: 'new', hour: hoursAgo(0), views: 10, watchSec: 0 },
      ],
      '24h',
      now,
    );
    expect(scores.map((s) => s.videoId)).toEqual(['new', 'old']);
    expect(scores[0].score).toBeGreaterThan(scores[1].score * 8);
  });

  it('weighs ten minutes watched like one view', () => {
    const [entry] = trendingScores([{ scopeId: 'v', hour: hoursAgo(0), views: 1, watchSec: 600 }], '7d', now);
    expect(entry).toMatchObject({ videoId: 'v', views: 1, watchSec: 600 });
    expect(entry.score).toBeCloseTo(2 * 0.5 ** (0 / 48), 2);
  });

  it('leaves out hours beyond the window', () => {
    expect(trendingScores([{ scopeId: 'v', hour: hoursAgo(30), views: 5, watchSec: 0 }], '24h', now)).toEqual([]);
  });
});
