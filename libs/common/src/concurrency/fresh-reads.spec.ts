import { runInRequestContext } from '../logging/request-context.js';
import { FreshReads } from './fresh-reads.js';

/** A read the test finishes by hand, seeing the store's value as it is when the read starts. */
class Store {
  value = 0;
  readonly started: Array<{ key: string; sawValue: number; finish: () => void; fail: (error: Error) => void }> = [];

  read = (key: string): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      const sawValue = this.value;
      this.started.push({ key, sawValue, finish: () => resolve(sawValue), fail: reject });
    });
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('FreshReads', () => {
  it('shares one read among the callers arriving while a read runs, and starts it only after that read', async () => {
    const store = new Store();
    const reads = new FreshReads(store.read, 10_000);
    const first = reads.get('video');
    await tick();
    store.value = 1; // writes that finished after the first read began
    const later = Array.from({ length: 50 }, () => reads.get('video'));
    await tick();
    expect(store.started).toHaveLength(1);
    store.started[0].finish();
    await expect(first).resolves.toBe(0);
    await tick();
    expect(store.started).toHaveLength(2);
    store.started[1].finish();
    await expect(Promise.all(later)).resolves.toEqual(Array.from({ length: 50 }, () => 1));
    await tick();
    expect(reads.size).toBe(0);
  });

  it('lets every caller see the writes it finished before asking, however the reads interleave', async () => {
    let value = 0;
    const reads = new FreshReads(async () => {
      const seen = value;
      await new Promise((resolve) => setTimeout(resolve, 1 + Math.floor(Math.random() * 3)));
      return seen;
    }, 10_000);
    const answers = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i % 7));
        value += 1; // this caller's write
        const mine = value;
        return { mine, seen: await reads.get('video') };
      }),
    );
    for (const { mine, seen } of answers) expect(seen).toBeGreaterThanOrEqual(mine);
  });

  it('fails the callers of a failed read only; the next caller reads again', async () => {
    const store = new Store();
    const reads = new FreshReads(store.read, 10_000);
    const failing = reads.get('video');
    await tick();
    store.started[0].fail(new Error('store down'));
    await expect(failing).rejects.toThrow('store down');
    const next = reads.get('video');
    await tick();
    store.started[1].finish();
    await expect(next).resolves.toBe(0);
  });

  it('reads each key on its own', async () => {
    const store = new Store();
    const reads = new FreshReads(store.read, 10_000);
    const a = reads.get('a');
    const b = reads.get('b');
    await tick();
    expect(store.started.map((read) => read.key)).toEqual(['a', 'b']);
    store.started.forEach((read) => read.finish());
    await expect(Promise.all([a, b])).resolves.toEqual([0, 0]);
  });

  it('answers a caller 503 at its own deadline while the shared read goes on for the others', async () => {
    const store = new Store();
    const reads = new FreshReads(store.read, 10_000);
    const hurried = runInRequestContext('hurried', () => reads.get('video'), undefined, Date.now() + 20);
    const patient = runInRequestContext('patient', () => reads.get('video'), undefined, Date.now() + 10_000);
    await expect(hurried).rejects.toMatchObject({ status: 503 });
    store.started[0].finish();
    await tick();
    store.started[1].finish(); // the patient caller arrived while the first read ran: it waits for the next
    await expect(patient).resolves.toBe(0);
  });
});
