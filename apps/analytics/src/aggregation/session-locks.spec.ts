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

  it('starts a group waiting on two holders only after both are done, while an unrelated group finishing leaves it waiting', async () => {
    const locks = new SessionLocks();
    const [a, b, c] = [deferred(), deferred(), deferred()];
    const order: string[] = [];
    const held = [
      locks.withSessions(new Set(['s1']), () => a.promise.then(() => void order.push('a ends'))),
      locks.withSessions(new Set(['s2']), () => b.promise.then(() => void order.push('b ends'))),
      locks.withSessions(new Set(['s9']), () => c.promise.then(() => void order.push('unrelated ends'))),
    ];
    const waiting = locks.withSessions(new Set(['s1', 's2']), async () => void order.push('waiter runs'));
    c.resolve();
    await settle();
    a.resolve();
    await settle();
    expect(order).toEqual(['unrelated ends', 'a ends']);
    b.resolve();
    await Promise.all([...held, waiting]);
    expect(order).toEqual(['unrelated ends', 'a ends', 'b ends', 'waiter runs']);
  });

  it('runs groups queued on one session one at a time', async () => {
    const locks = new SessionLocks();
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        locks.withSessions(new Set(['s1']), async () => {
          most = Math.max(most, (inside += 1));
          await settle();
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
  });

  it('releases the sessions when the work fails', async () => {
    const locks = new SessionLocks();
    await expect(locks.withSessions(new Set(['s1']), async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    await expect(locks.withSessions(new Set(['s1']), async () => 'again')).resolves.toBe('again');
  });
});
