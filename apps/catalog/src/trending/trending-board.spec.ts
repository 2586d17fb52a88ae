import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';
import type { CatalogConfig } from '../catalog.config.js';
import type { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import { TrendingBoard } from './trending-board.js';
import type { StoredSnapshot, TrendingSnapshotsRepository } from './trending-snapshots.repository.js';

const now = new Date('2026-06-01T12:00:00Z');
const filter = { types: ['movie' as const, 'creator_video' as const], maxMaturityRank: 4 };
const heat = storedTitle({ title: 'Heat' });
const clip = storedTitle({ title: 'Clip', type: 'creator_video', mediaVideoId: 'vid-1' });
const ronin = storedTitle({ title: 'Ronin', genres: ['Thriller'] });
const entry = (videoId: string, score: number) => ({ videoId, score, views: 1, watchSec: 0 });
const id = (title: { _id: { toHexString(): string } }) => title._id.toHexString();

function setup(stored: Record<string, StoredSnapshot | null>, minTitles = 2) {
  const browse = new TitleBrowseIndex();
  browse.replaceAll([heat, clip, ronin].map(toBrowsedTitle));
  const snapshots = strictMock<TrendingSnapshotsRepository>('snapshots', { find: jest.fn<TrendingSnapshotsRepository['find']>(async (window) => stored[window] ?? null) });
  const bus = strictMock<CatalogBroadcastBus>('bus', {
    subscribe: jest.fn<CatalogBroadcastBus['subscribe']>().mockResolvedValue(undefined),
    publish: jest.fn<CatalogBroadcastBus['publish']>().mockResolvedValue(undefined),
  });
  const board = new TrendingBoard(snapshots, browse, bus, { CATALOG_TRENDING_MIN_TITLES: minTitles } as CatalogConfig, { now: () => now });
  return { board, browse, snapshots, bus };
}

const titlesOf = (titles: Array<{ title: string }> | null) => titles?.map((title) => title.title) ?? null;

describe('TrendingBoard.analytics', () => {
  it('should order titles by score, counting a video id as its linked title', async () => {
    const { board } = setup({ '7d': { _id: '7d', computedAt: new Date('2026-06-01T11:59:00Z'), entries: [entry(id(heat), 2), entry('vid-1', 5), entry(id(ronin), 1), entry(id(clip), 0.5)] } });
    await board.onApplicationBootstrap();
    expect(titlesOf(board.analytics('week', filter, 10))).toEqual(['Clip', 'Heat', 'Ronin']);
    expect(titlesOf(board.analytics('week', filter, 1))).toEqual(['Clip']);
  });

  it('should apply the audience’s filter, and say nothing when fewer than the minimum of titles are left', async () => {
    const { board } = setup({ '24h': { _id: '24h', computedAt: now, entries: [entry(id(heat), 2), entry(id(ronin), 1)] } }, 1);
    await board.onApplicationBootstrap();
    expect(titlesOf(board.analytics('day', { ...filter, genres: ['Thriller'] }, 10))).toEqual(['Ronin']);
    expect(board.analytics('day', { ...filter, excludeIds: [id(heat), id(ronin)] }, 10)).toBeNull();
  });

  it('should follow the browse index: a title that left it leaves the list', async () => {
    const { board, browse } = setup({ '24h': { _id: '24h', computedAt: now, entries: [entry(id(heat), 2), entry(id(ronin), 1)] } }, 1);
    await board.onApplicationBootstrap();
    browse.remove(id(heat));
    expect(titlesOf(board.analytics('day', filter, 10))).toEqual(['Ronin']);
  });

  it('should ignore scores older than their window', async () => {
    const { board } = setup({ '24h': { _id: '24h', computedAt: new Date('2026-05-31T11:00:00Z'), entries: [entry(id(heat), 2), entry(id(ronin), 1)] } });
    await board.onApplicationBootstrap();
    expect(board.analytics('day', filter, 10)).toBeNull();
  });

  it('should say nothing before analytics published anything', async () => {
    const { board } = setup({});
    await board.onApplicationBootstrap();
    expect(board.analytics('week', filter, 10)).toBeNull();
  });

  it('should load newly stored scores and tell the other replicas, keeping newer ones it holds', async () => {
    const stored: Record<string, StoredSnapshot | null> = { '24h': { _id: '24h', computedAt: now, entries: [entry(id(heat), 2), entry(id(ronin), 1)] } };
    const { board, bus } = setup(stored);
    await board.stored('24h');
    expect(titlesOf(board.analytics('day', filter, 10))).toEqual(['Heat', 'Ronin']);
    expect(bus.publish).toHaveBeenCalledWith('catalog.broadcast.trending.changed', { window: '24h' });
    stored['24h'] = { _id: '24h', computedAt: new Date(now.getTime() - 60_000), entries: [entry(id(ronin), 9), entry(id(heat), 1)] };
    await board.stored('24h');
    expect(titlesOf(board.analytics('day', filter, 10))).toEqual(['Heat', 'Ronin']);
  });
});

describe('TrendingBoard.tmdb', () => {
  it('should list the window’s ranked titles, best rank first, within the filter', () => {
    const { board, browse } = setup({});
    browse.upsert(toBrowsedTitle({ ...heat, tmdbTrending: { day: 2, week: 1 } }));
    browse.upsert(toBrowsedTitle({ ...ronin, tmdbTrending: { day: 1, week: null } }));
    expect(titlesOf(board.tmdb('day', filter, 10))).toEqual(['Ronin', 'Heat']);
    expect(titlesOf(board.tmdb('week', filter, 10))).toEqual(['Heat']);
    expect(titlesOf(board.tmdb('day', { ...filter, maxMaturityRank: 0 }, 10))).toEqual([]);
    browse.upsert(toBrowsedTitle({ ...ronin, tmdbTrending: { day: null, week: null } }));
    expect(titlesOf(board.tmdb('day', filter, 10))).toEqual(['Heat']);
  });
});
