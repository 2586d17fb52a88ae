import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { strictMock } from '../testing/strict-mock.js';
import { jest } from '@jest/globals';
import { AssetTextCache, RecentReads } from './playback-caches.js';

describe('AssetTextCache', () => {
  it('reads each immutable playlist from S3 once', async () => {
    const reads: string[] = [];
    const cache = new AssetTextCache(strictMock<ObjectStorage>('ObjectStorage', { readText: async (key: string) => (reads.push(key), `text of ${key}`) }));
    await expect(cache.read('a/master.m3u8')).resolves.toBe('text of a/master.m3u8');
    await expect(cache.read('a/master.m3u8')).resolves.toBe('text of a/master.m3u8');
    expect(reads).toEqual(['a/master.m3u8']);
  });

  it('does not remember a failed read', async () => {
    let calls = 0;
    const cache = new AssetTextCache(strictMock<ObjectStorage>('ObjectStorage', { readText: async () => (calls += 1) === 1 ? Promise.reject(new Error('S3 down')) : 'ok' }));
    await expect(cache.read('k')).rejects.toThrow('S3 down');
    await expect(cache.read('k')).resolves.toBe('ok');
  });
});

describe('RecentReads', () => {
  afterEach(() => jest.useRealTimers());

  it('answers from the last read until it is older than its lifetime, then reads again', async () => {
    jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    let reads = 0;
    const recent = new RecentReads<number>(2000, 10);
    const load = async () => (reads += 1);
    await expect(recent.get('v', load)).resolves.toBe(1);
    jest.setSystemTime(new Date('2026-06-01T12:00:01.999Z'));
    await expect(recent.get('v', load)).resolves.toBe(1);
    jest.setSystemTime(new Date('2026-06-01T12:00:02Z'));
    await expect(recent.get('v', load)).resolves.toBe(2);
  });
});
