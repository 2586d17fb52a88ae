import { SessionLocks } from './session-locks.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SessionLocks', () => {
  it('runs groups of disjoint sessions at the same time', async () => {
    const locks = new SessionLocks();
    const first = deferred();
    const order: string[] = [];
    const a = locks.withSessions(new Set(['s1']), async () => {
      order.push('a starts');
      await first.promise;
      order.push('a ends');
    });
    const b = locks.withSessions(new Set(['s2']), async () => {
      order.push('b runs');
    });
    await b;
    first.resolve();
    await a;
    expect(order).toEqual(['a starts', 'b runs', 'a ends']);
  });

  it('makes a group sharing a session wait until the holder is done', async () => {
    const locks = new SessionLocks();
    const first = deferred();
    const order: string[] = [];
    const a = locks.withSessions(new Set(['s1', 's2']), async () => {
      order.push('a starts');
      await first.promise;
      order.push('a ends');
    });
    const b = locks.withSessions(new Set(['s2', 's3']), async () => {
      order.push('b runs');
    });
    await settle();
    expect(order).toEqual(['a starts']);
    first.resolve();
    await Promise.all([a, b]);
    expect(order).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('releases the sessions when the work fails', async () => {
    const locks = new SessionLocks();
    await expect(locks.withSessions(new Set(['s1']), async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    await expect(locks.withSessions(new Set(['s1']), async () => 'again')).resolves.toBe('again');
  });
});
