import { LRUCache } from 'lru-cache';

/**
 * Ids of immutable documents this process has already seen stored, the oldest forgotten first
 * past `capacity`: one that is known need not be inserted again.
 */
export class WrittenIds {
  private readonly ids: LRUCache<string, true>;

  constructor(capacity: number) {
    this.ids = new LRUCache<string, true>({ max: capacity });
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  remember(ids: Iterable<string>): void {
    for (const id of ids) this.ids.set(id, true);
  }
}
