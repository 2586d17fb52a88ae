/**
 * Keeps the ledger claims of one session to one writer at a time inside this process: a group of
 * batches waits until no group in flight holds any of its sessions. Guarded updates of one document
 * are atomic on MongoDB but were seen not to be on FerretDB 1.24 (ADR 0003), so concurrent groups
 * must never claim in the same session.
 */
export class SessionLocks {
  private readonly held = new Set<string>();
  private waiters: Array<() => void> = [];

  /** Runs `work` holding every one of `sessionIds`, taken all at once (no partial holds, no deadlock). */
  async withSessions<T>(sessionIds: ReadonlySet<string>, work: () => Promise<T>): Promise<T> {
    while ([...sessionIds].some((id) => this.held.has(id))) await new Promise<void>((resolve) => this.waiters.push(resolve));
    for (const id of sessionIds) this.held.add(id);
    try {
      return await work();
    } finally {
      for (const id of sessionIds) this.held.delete(id);
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    }
  }
}
