/** What became of one document of a grouped insert. */
export type InsertOutcome = 'inserted' | 'exists';

/**
 * Sends one unordered insert of many documents; answers, per index, the ones a unique index refused
 * (a document with that key exists). Any other refusal, or a failed call, rejects.
 */
export type InsertMany<T> = (documents: T[]) => Promise<ReadonlySet<number>>;

interface Waiting<T> {
  document: T;
  settle: (outcome: InsertOutcome) => void;
  fail: (error: unknown) => void;
}

/**
 * Group commit (ADR 0039): an insert that finds none in flight is sent at once, alone; inserts that
 * arrive while one is in flight wait for it and then go together as one unordered insert. No timer and
 * no added wait when the store keeps up; under load each store round trip carries many documents.
 * A refused key (a re-rate, or the same key twice in one group) answers `exists` to its own caller
 * only, who then updates instead; the other documents of the group are stored either way.
 */
export class GroupCommitInserts<T> {
  private readonly waiting: Array<Waiting<T>> = [];
  private sending = false;

  constructor(
    private readonly insertMany: InsertMany<T>,
    private readonly maxGroup: number,
  ) {}

  insert(document: T): Promise<InsertOutcome> {
    return new Promise((settle, fail) => {
      this.waiting.push({ document, settle, fail });
      if (!this.sending) void this.send();
    });
  }

  private async send(): Promise<void> {
    this.sending = true;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxGroup);
      try {
        const refused = await this.insertMany(group.map((entry) => entry.document));
        group.forEach((entry, index) => entry.settle(refused.has(index) ? 'exists' : 'inserted'));
      } catch (error) {
        for (const entry of group) entry.fail(error);
      }
    }
    this.sending = false;
  }
}
