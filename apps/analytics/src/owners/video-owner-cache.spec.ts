import { jest } from '@jest/globals';
import type { AnalyticsConfig } from '../analytics.config.js';
import type { Clock } from '@onstream/common';
import { VideoOwnerCache } from './video-owner-cache.js';
import type { VideoOwnersRepository } from './video-owners.repository.js';

function setup(owners: Record<string, string>, ttls = { OWNER_CACHE_TTL_MS: 30_000, OWNER_CACHE_UNKNOWN_TTL_MS: 2000 }) {
  let now = 1_000_000;
  const creatorsOf = jest.fn<VideoOwnersRepository['creatorsOf']>(async (ids) => new Map(ids.filter((id) => owners[id]).map((id) => [id, owners[id]])));
  const cache = new VideoOwnerCache(
    ttls as AnalyticsConfig,
    { creatorsOf } as unknown as VideoOwnersRepository,
    { now: () => new Date(now) } as Clock,
  );
  return { cache, creatorsOf, advance: (ms: number) => (now += ms) };
}

describe('VideoOwnerCache', () => {
  it('reads only the owners it does not hold, once per video', async () => {
    const { cache, creatorsOf } = setup({ v1: 'c1', v2: 'c2' });
    expect(await cache.creatorsOf(['v1', 'v1'])).toEqual(new Map([['v1', 'c1']]));
    expect(await cache.creatorsOf(['v1', 'v2'])).toEqual(new Map([['v1', 'c1'], ['v2', 'c2']]));
    expect(creatorsOf.mock.calls).toEqual([[['v1']], [['v2']]]);
  });

  it('keeps a known owner exactly 30 s', async () => {
    const { cache, creatorsOf, advance } = setup({ v1: 'c1' });
    await cache.creatorsOf(['v1']);
    advance(30_000);
    await cache.creatorsOf(['v1']);
    expect(creatorsOf).toHaveBeenCalledTimes(1);
    advance(1);
    await cache.creatorsOf(['v1']);
    expect(creatorsOf).toHaveBeenCalledTimes(2);
  });

  it('asks again for an unknown owner once 2 s have passed', async () => {
    const owners: Record<string, string> = {};
    const { cache, advance } = setup(owners);
    expect(await cache.creatorsOf(['v9'])).toEqual(new Map());
    owners.v9 = 'c9';
    advance(2000);
    expect(await cache.creatorsOf(['v9'])).toEqual(new Map());
    advance(1);
    expect(await cache.creatorsOf(['v9'])).toEqual(new Map([['v9', 'c9']]));
  });

  it('keeps nothing when a TTL is 0', async () => {
    const { cache, creatorsOf } = setup({ v1: 'c1' }, { OWNER_CACHE_TTL_MS: 0, OWNER_CACHE_UNKNOWN_TTL_MS: 0 });
    await cache.creatorsOf(['v1', 'v2']);
    await cache.creatorsOf(['v1', 'v2']);
    expect(creatorsOf).toHaveBeenCalledTimes(2);
  });

  it('reads an owner again at once after forgetting it', async () => {
    const owners: Record<string, string> = {};
    const { cache } = setup(owners);
    await cache.creatorsOf(['v1']);
    owners.v1 = 'c1';
    cache.forget('v1');
    expect(await cache.creatorsOf(['v1'])).toEqual(new Map([['v1', 'c1']]));
  });
});
