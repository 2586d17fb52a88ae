/**
 * Keeps the ledger claims of one session to one writer at a time inside this process: a group of
 * batches waits until no group in flight holds any of its sessions. Guarded updates of one document
 * are atomic on MongoDB but were seen not to be on FerretDB 1.24 (ADR 0003), so concurrent groups
 * must never claim in the same session; the in-process ledger cache (ADR 0038) relies on it too.
 */
export class SessionLocks {
  /** Each held session → the release of the group holding it: a waiter wakes only when a group it waits on is done. */
  private readonly held = new Map<string, Promise<void>>();

  /** Runs `work` holding every one of `sessionIds`, taken all at once (no partial holds, no deadlock). */
  async withSessions<T>(sessionIds: ReadonlySet<string>, work: () => Promise<T>): Promise<T> {
    for (let busy = this.holdersOf(sessionIds); busy.size > 0; busy = this.holdersOf(sessionIds)) await Promise.all(busy);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    for (const id of sessionIds) this.held.set(id, released);
    try {
      return await work();
    } finally {
      for (const id of sessionIds) this.held.delete(id);
      release();
    }
  }

  private holdersOf(sessionIds: ReadonlySet<string>): Set<Promise<void>> {
    const holders = new Set<Promise<void>>();
    for (const id of sessionIds) {
      const holder = this.held.get(id);
      if (holder) holders.add(holder);
    }
    return holders;
  }
}
