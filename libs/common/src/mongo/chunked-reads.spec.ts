import { EQUALITY_LOOKUPS_IN_FLIGHT, lookupEach, mapInChunks } from './chunked-reads.js';

describe('mapInChunks', () => {
  it('hands every item to exactly one chunk and returns the results in chunk order', async () => {
    const results = await mapInChunks([1, 2, 3, 4, 5], async (chunk) => chunk.join('+'), 2, 16);
    expect(results).toEqual(['1+2', '3+4', '5']);
  });

  it('keeps at most the given number of chunks in flight', async () => {
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const done = mapInChunks(Array.from({ length: 10 }, (_, i) => i), async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
    }, 1, 3);
    while (releases.length > 0 || running > 0) {
      await Promise.resolve();
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(most).toBe(3);
  });

  it('calls nothing for no items', async () => {
    const work = async (chunk: number[]) => chunk.length;
    expect(await mapInChunks([], work)).toEqual([]);
  });

  it('lets the chunks in flight finish, and starts no other, before throwing the first failure', async () => {
    const finished: number[] = [];
    const work = async ([n]: number[]) => {
      if (n === 0) throw new Error('store down');
      await new Promise((resolve) => setImmediate(resolve));
      finished.push(n);
    };
    await expect(mapInChunks([0, 1, 2, 3], work, 1, 2)).rejects.toThrow('store down');
    expect(finished).toEqual([1]);
  });
});

describe('lookupEach', () => {
  it('asks one lookup per value, at most EQUALITY_LOOKUPS_IN_FLIGHT at once, answering in the values’ order', async () => {
    let running = 0;
    let most = 0;
    const values = Array.from({ length: 40 }, (_, i) => i);
    const answers = await lookupEach(values, async (value) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (value * 7) % 5));
      running -= 1;
      return value * 2;
    });
    expect(answers).toEqual(values.map((value) => value * 2));
    expect(most).toBe(EQUALITY_LOOKUPS_IN_FLIGHT);
  });
});
