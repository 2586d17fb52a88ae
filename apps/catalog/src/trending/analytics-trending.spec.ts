import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { CatalogConfig } from '../catalog.config.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import { AnalyticsTrending } from './analytics-trending.js';
import type { StoredSnapshot, TrendingSnapshotsRepository } from './trending-snapshots.repository.js';

const now = new Date('2026-06-01T12:00:00Z');
const filter = { types: ['movie' as const], maxMaturityRank: 4 };
const heat = storedTitle({ title: 'Heat' });
const clip = storedTitle({ title: 'Clip', type: 'creator_video', mediaVideoId: 'vid-1' });
const ronin = storedTitle({ title: 'Ronin' });

function setup(snapshot: StoredSnapshot | null, found = [heat, clip, ronin], minTitles = 2) {
  const snapshots = strictMock<TrendingSnapshotsRepository>('TrendingSnapshotsRepository', { find: jest.fn<TrendingSnapshotsRepository['find']>().mockResolvedValue(snapshot) });
  const titles = strictMock<TitlesRepository>('TitlesRepository', { findByRefs: jest.fn<TitlesRepository['findByRefs']>().mockResolvedValue(found) });
  const config = { CATALOG_TRENDING_MIN_TITLES: minTitles } as CatalogConfig;
  return { trending: new AnalyticsTrending(snapshots, titles, config, { now: () => now }), snapshots, titles };
}

const entry = (videoId: string, score: number) => ({ videoId, score, views: 1, watchSec: 0 });

describe('AnalyticsTrending.rank', () => {
  it('should order titles by score, counting a video id as its linked title', async () => {
    const { trending, snapshots } = setup({ _id: '7d', computedAt: new Date('2026-06-01T11:59:00Z'), entries: [entry(heat._id.toHexString(), 2), entry('vid-1', 5), entry(ronin._id.toHexString(), 1)] });
    expect((await trending.rank('week', filter, 10))?.map((title) => title.title)).toEqual(['Clip', 'Heat', 'Ronin']);
    expect(snapshots.find).toHaveBeenCalledWith('7d');
  });

  it('should say nothing when fewer than the minimum of titles are scored for this audience', async () => {
    const { trending } = setup({ _id: '24h', computedAt: now, entries: [entry('vid-1', 5)] }, [clip]);
    expect(await trending.rank('day', filter, 10)).toBeNull();
  });

  it('should ignore scores older than their window', async () => {
    const { trending, titles } = setup({ _id: '24h', computedAt: new Date('2026-05-31T11:00:00Z'), entries: [entry('vid-1', 5)] });
    expect(await trending.rank('day', filter, 10)).toBeNull();
    expect(titles.findByRefs).not.toHaveBeenCalled();
  });

  it('should say nothing before analytics published anything', async () => {
    expect(await setup(null).trending.rank('week', filter, 10)).toBeNull();
  });
});
