import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { strictMock } from '../testing/strict-mock.js';
import { jest } from '@jest/globals';
import { currentDeadline, runInRequestContext } from '@onstream/common';
import { AssetTextCache, RecentReads } from './playback-caches.js';

describe('AssetTextCache', () => {
  it('reads each immutable playlist from S3 once', async () => {
    const reads: string[] = [];
    const cache = new AssetTextCache(strictMock<ObjectStorage>('ObjectStorage', { readText: async (key: string) => (reads.push(key), `text of ${key}`) }));
    await expect(cache.read('a/master.m3u8')).resolves.toBe('text of a/master.m3u8');
    await expect(cache.read('a/master.m3u8')).resolves.toBe('text of a/master.m3u8');
    expect(reads).toEqual(['a/master.m3u8']);
  });

  it('lists a playlist’s init section and segments, reading and parsing it once', async () => {
    const reads: string[] = [];
    const playlist = ['#EXTM3U', '#EXT-X-MAP:URI="init.mp4"', '#EXTINF:4.0,', 'seg_00000.m4s', '#EXTINF:2.5,', 'seg_00001.m4s', '#EXT-X-ENDLIST'].join('\n');
    const cache = new AssetTextCache(strictMock<ObjectStorage>('ObjectStorage', { readText: async (key: string) => (reads.push(key), playlist) }));
    const listed = await cache.listedFiles('a/360p/index.m3u8');
    expect([...listed]).toEqual(['init.mp4', 'seg_00000.m4s', 'seg_00001.m4s']);
    await expect(cache.listedFiles('a/360p/index.m3u8')).resolves.toBe(listed);
    expect(reads).toEqual(['a/360p/index.m3u8']);
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
    const recent = new RecentReads<number>(2000, 10, 5000);
    const load = async () => (reads += 1);
    await expect(recent.get('v', load)).resolves.toBe(1);
    jest.setSystemTime(new Date('2026-06-01T12:00:01.999Z'));
    await expect(recent.get('v', load)).resolves.toBe(1);
    jest.setSystemTime(new Date('2026-06-01T12:00:02Z'));
    await expect(recent.get('v', load)).resolves.toBe(2);
  });

  it('runs a shared read under a deadline of its own, and each caller waits only until its own deadline', async () => {
    const recent = new RecentReads<string>(2000, 10, 5000);
    const seen: Array<number | undefined> = [];
    let finish!: (value: string) => void;
    const load = () => {
      seen.push(currentDeadline());
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const now = Date.now();
    // The first caller has 30 ms left, the second 10 s: the read must not stop at the first one's.
    const hurried = runInRequestContext('first', () => recent.get('v', load), undefined, now + 30);
    const patient = runInRequestContext('second', () => recent.get('v', load), undefined, now + 10_000);
    await expect(hurried).rejects.toMatchObject({ status: 503, code: 'COMMON.DEADLINE_EXCEEDED' });
    finish('video');
    await expect(patient).resolves.toBe('video');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThanOrEqual(now + 5000);
  });

  it('forgets a failed read, but not a newer read of the same key', async () => {
    jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const recent = new RecentReads<string>(1000, 10, 5000);
    let failFirst!: (error: Error) => void;
    const first = recent.get('v', () => new Promise<string>((_resolve, reject) => (failFirst = reject)));
    jest.setSystemTime(new Date('2026-06-01T12:00:01.001Z'));
    await expect(recent.get('v', async () => 'fresh')).resolves.toBe('fresh');
    failFirst(new Error('store down'));
    await expect(first).rejects.toThrow('store down');
    jest.setSystemTime(new Date('2026-06-01T12:00:01.500Z'));
    await expect(recent.get('v', async () => 'not read')).resolves.toBe('fresh');
  });
});
