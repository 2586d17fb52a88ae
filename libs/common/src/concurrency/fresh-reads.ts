import { sharedWork, withinOwnDeadline } from '../nats/deadline.js';

interface KeyState<V> {
  running?: Promise<V>;
  queued?: Promise<V>;
}

const ignore = (): void => undefined;

/**
 * Reads of a key that must reflect every write their callers finished before asking, shared among
 * callers: a caller joins the next read of the key that has not started yet, never one already
 * running (it may have read before the caller's write). So a burst of N writers asking for the same
 * figure costs two or three reads, not N contending ones, and each still sees its own write.
 * The read runs as shared work under its own deadline (`boundMs`); each caller waits until its own.
 */
export class FreshReads<V> {
  private readonly keys = new Map<string, KeyState<V>>();

  constructor(
    private readonly read: (key: string) => Promise<V>,
    private readonly boundMs: number,
  ) {}

  get(key: string): Promise<V> {
    let state = this.keys.get(key);
    if (!state) {
      state = {};
      this.keys.set(key, state);
    }
    return withinOwnDeadline(state.queued ?? (state.running ? this.queue(key, state, state.running) : this.start(key, state)));
  }

  /** The read that starts once `running` settles; everyone arriving meanwhile shares it. */
  private queue(key: string, state: KeyState<V>, running: Promise<V>): Promise<V> {
    const queued = running.then(ignore, ignore).then(() => {
      state.queued = undefined;
      return this.start(key, state);
    });
    state.queued = queued;
    return queued;
  }

  private start(key: string, state: KeyState<V>): Promise<V> {
    const running = sharedWork(() => this.read(key), this.boundMs);
    state.running = running;
    void running.then(ignore, ignore).then(() => {
      if (state.running === running) state.running = undefined;
      if (!state.running && !state.queued && this.keys.get(key) === state) this.keys.delete(key);
    });
    return running;
  }

  /** Keys with a read running or queued (for tests). */
  get size(): number {
    return this.keys.size;
  }
}
