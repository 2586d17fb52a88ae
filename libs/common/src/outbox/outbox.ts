import { Logger } from '@nestjs/common';
import type { mongo } from 'mongoose';

type Filter<T> = mongo.Filter<T>;
type UpdateFilter<T extends mongo.Document> = mongo.UpdateFilter<T>;

/** An event kept in the document whose state change it describes; the relay publishes it from there. */
export interface OutboxEvent {
  /** The event id: JetStream's message id (publish dedupe), consumers' dedupe key and the relay's published mark. */
  id: string;
  type: string;
  data: unknown;
  occurredAt: Date;
  /** When it was stored (set by `withOutbox`/`outboxFields`): the relay looks at recent entries only. */
  storedAt?: Date;
}

/** A document that may carry events. */
export interface OutboxDocument extends mongo.Document {
  _id: string;
  outbox?: OutboxEvent[];
  /** When events were last stored in it (owners' trims pin it, tombstone purges compare it). */
  outboxAt?: Date;
  /** `outboxAt`'s slot (outboxSlotOf): the indexed field the relay finds new events by, by equality. */
  outboxSlot?: number;
}

/**
 * The width of the relay's time slots. The relay asks for each slot since its watermark by equality:
 * FerretDB 1.24 serves an equality from an index (ADR 0034) but scans the whole collection for a
 * range such as `outboxAt >= since`, on every round.
 */
export const OUTBOX_SLOT_MS = 10_000;

export function outboxSlotOf(at: Date | number): number {
  return Math.floor((typeof at === 'number' ? at : at.getTime()) / OUTBOX_SLOT_MS);
}

export function outboxEvent(type: string, data: unknown, id: string, occurredAt: Date = new Date()): OutboxEvent {
  return { id, type, data, occurredAt };
}

/** The fields of a new document that carries `events` (for an insert). */
export function outboxFields(events: OutboxEvent[], now: Date = new Date()): Pick<OutboxDocument, 'outbox' | 'outboxAt' | 'outboxSlot'> {
  return events.length === 0 ? {} : { outbox: events.map((event) => ({ ...event, storedAt: now })), outboxAt: now, outboxSlot: outboxSlotOf(now) };
}

/**
 * The part of an update that stores events with the state change, in the same single-document
 * write (no multi-document transactions): merge it into the update that changes the state.
 * `keep`, when given, replaces the stored entries (the owner trimming published ones, see
 * `OutboxRelay.trim`): only for a write whose filter pins the entries it read (`outboxPinned`).
 */
export function withOutbox<T extends mongo.Document>(update: UpdateFilter<T>, events: OutboxEvent[], keep?: OutboxEvent[]): UpdateFilter<T> {
  if (events.length === 0 && keep === undefined) return update;
  const now = new Date();
  const stored = events.map((event) => ({ ...event, storedAt: now }));
  const set = { ...(update.$set as object | undefined), ...(events.length > 0 ? { outboxAt: now, outboxSlot: outboxSlotOf(now) } : {}), ...(keep ? { outbox: [...keep, ...stored] } : {}) };
  const push = keep || events.length === 0 ? {} : { $push: { outbox: { $each: stored } } };
  return { ...update, $set: set, ...push } as unknown as UpdateFilter<T>;
}

/**
 * The filter condition that makes a trimming write apply only to the entries it read: a write that
 * stored events since has moved `outboxAt`, and the trimming write then matches nothing (a conflict,
 * like a version change), so it never drops an event it did not see.
 */
export function outboxPinned(current: Pick<OutboxDocument, 'outboxAt'>): Record<string, unknown> {
  return { outboxAt: current.outboxAt ?? null };
}

/** What the relay publishes through (JetStreamBus has this shape). */
export interface OutboxPublisher {
  publish(type: string, data: unknown, eventId: string, occurredAt?: Date): Promise<unknown>;
}

export interface OutboxRelayOptions {
  /** How often the relay looks for unpublished events (a kick after a write comes sooner). */
  intervalMs: number;
  /**
   * How far before its watermark the relay looks again (default 60 s): covers the time between an
   * event's `storedAt` stamp and its write landing, and clock skew between replicas.
   */
  lookbackMs?: number;
  /** How long a kick waits before its round (default 250 ms), so a burst of writes makes one round. */
  kickDelayMs?: number;
  /**
   * How often a round reads by `outboxAt` range instead of by slot (default 10 min; the first round
   * of a process always does): it finds documents written by a version before slots.
   */
  rangeReadEveryMs?: number;
}

/** Slots one round asks for at most; a longer gap (a long outage) is read by range. */
const MAX_SLOTS_PER_READ = 360;

interface PublishedMark {
  _id: string;
  at: Date;
}

interface Watermark {
  _id: string;
  /** Every event stored in the collection before `at - lookback` is published. */
  at: Date;
}

/** The relay's own collections (the state documents are never written by it). */
export const OUTBOX_PUBLISHED = 'outbox_published';
export const OUTBOX_WATERMARKS = 'outbox_watermarks';

/**
 * The transactional outbox's relay: publishes the events stored in documents, with the outbox event
 * id as the message id, and records each as published in its own collection (`outbox_published`),
 * never in the state document: FerretDB 1.24 writes a whole document back on update, so a relay
 * write racing a state write could undo it. New events are found by the documents' indexed
 * `outboxAt`, from the collection's watermark (minus a lookback) on; the watermark moves to a
 * round's start once every event of the round is published. A crash or NATS outage delays events
 * and may publish one twice (same id: deduped by JetStream and consumers), never loses one. Every
 * replica may relay. The owner trims published entries on its next write (`trim`).
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly published: mongo.Collection<PublishedMark>;
  private readonly watermarks: mongo.Collection<Watermark>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  /** The round that runs after the one in flight: every call made during a round answers with it. */
  private next: Promise<number> | undefined;
  private kickTimer: NodeJS.Timeout | undefined;
  private lastCleanup = 0;
  private stopped = false;
  /** When the last round that read by range started (0: none yet in this process). */
  private lastRangeRead = 0;

  constructor(
    private readonly publisher: OutboxPublisher,
    private readonly db: mongo.Db,
    private readonly collections: readonly string[],
    private readonly options: OutboxRelayOptions,
  ) {
    this.published = db.collection<PublishedMark>(OUTBOX_PUBLISHED);
    this.watermarks = db.collection<Watermark>(OUTBOX_WATERMARKS);
  }

  private get lookbackMs(): number {
    return this.options.lookbackMs ?? 60_000;
  }

  /** Indexes the documents' `outboxAt` and slot and the marks' time, and starts the timer. */
  async start(): Promise<void> {
    for (const name of this.collections) {
      await this.db.collection(name).createIndex({ outboxAt: 1 }, { sparse: true });
      await this.db.collection(name).createIndex({ outboxSlot: 1 }, { sparse: true });
    }
    await this.published.createIndex({ at: 1 });
    if (this.options.intervalMs <= 0) return;
    this.timer = setInterval(() => this.relayNow(), this.options.intervalMs);
    this.timer.unref();
    this.relayNow();
  }

  /**
   * Starts no more rounds and ends the one in flight before its next event; resolves once it has
   * ended, so the owner can close the database and the bus after it. Whatever it did not publish
   * stays below the watermark for the next process.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.kickTimer) clearTimeout(this.kickTimer);
    this.timer = undefined;
    this.kickTimer = undefined;
    await Promise.allSettled([this.running, this.next]);
  }

  /** Relays soon: called after a write that stored events (a burst of kicks makes one round). */
  kick(): void {
    if (this.kickTimer) return;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = undefined;
      this.relayNow();
    }, this.options.kickDelayMs ?? 250);
    this.kickTimer.unref();
  }

  private relayNow(): void {
    if (this.stopped) return;
    this.relay().catch((error: unknown) => this.logger.warn({ msg: 'outbox relay round failed; retried on the next one', err: error instanceof Error ? error.message : String(error) }));
  }

  /**
   * One round over every collection; returns events published. A call during a round answers with
   * the round right after it (one for all such calls): the round in flight may have read before the
   * caller's writes, the next one reads after them.
   */
  relay(): Promise<number> {
    if (!this.running) return this.startRound();
    this.next ??= this.running.then(
      () => this.afterRound(),
      () => this.afterRound(),
    );
    return this.next;
  }

  private afterRound(): Promise<number> {
    this.next = undefined;
    // Another caller may have started a round between this one's end and now: it read after our writes too.
    return this.running ?? this.startRound();
  }

  private startRound(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    const round = this.relayAll().finally(() => {
      if (this.running === round) this.running = undefined;
    });
    this.running = round;
    return round;
  }

  /** Events stored and not yet published, over every collection (for health and tests). */
  async backlog(): Promise<number> {
    let total = 0;
    for (const name of this.collections) {
      const since = await this.since(name);
      for await (const events of this.recentEvents(name, since, true)) total += (await this.unpublished(events)).length;
    }
    return total;
  }

  /**
   * The entries of `entries` (as read from a document of `collection`) its owner keeps on its next
   * write: those that may not be published yet. Stored before the watermark's lookback means published.
   */
  async trim(collection: string, entries: OutboxEvent[] | undefined): Promise<OutboxEvent[]> {
    if (!entries?.length) return [];
    // Nothing stored before now minus the lookback: nothing can be before the watermark's either (no read).
    const recent = Date.now() - this.lookbackMs;
    if (entries.every((event) => !event.storedAt || event.storedAt.getTime() >= recent)) return entries;
    const since = await this.since(collection);
    return entries.filter((event) => !event.storedAt || event.storedAt >= since);
  }

  /**
   * Every event stored in `collection` before this time is published: a document whose `outboxAt` is
   * older carries no unpublished event (owners purge tombstones by it).
   */
  publishedBefore(collection: string): Promise<Date> {
    return this.since(collection);
  }

  private async since(collection: string): Promise<Date> {
    const watermark = await this.watermarks.findOne({ _id: collection });
    return new Date((watermark?.at.getTime() ?? 0) - this.lookbackMs);
  }

  /**
   * The recent entries of documents with events stored since `since`, a page at a time. By slot:
   * one equality read per slot from `since`'s to the one after now's (a writer's clock may run a
   * little ahead). By range (`byRange`, or a gap of more than MAX_SLOTS_PER_READ slots): documents
   * without a slot too.
   */
  private async *recentEvents(collection: string, since: Date, byRange: boolean): AsyncGenerator<OutboxEvent[]> {
    const documents = this.db.collection<OutboxDocument>(collection);
    const first = outboxSlotOf(since);
    const last = outboxSlotOf(Date.now()) + 1;
    const filters: Array<Filter<OutboxDocument>> =
      byRange || last - first > MAX_SLOTS_PER_READ
        ? [{ outboxAt: { $gte: since } } as Filter<OutboxDocument>]
        : Array.from({ length: last - first + 1 }, (_, i) => ({ outboxSlot: first + i }) as Filter<OutboxDocument>);
    let page: OutboxEvent[] = [];
    for (const filter of filters) {
      for await (const document of documents.find(filter, { projection: { outbox: 1 } }).batchSize(200)) {
        page.push(...(document.outbox ?? []).filter((event) => event.storedAt && event.storedAt >= since));
        if (page.length >= 200) {
          yield page;
          page = [];
        }
      }
    }
    if (page.length > 0) yield page;
  }

  private async unpublished(events: OutboxEvent[]): Promise<OutboxEvent[]> {
    const marks = await this.published.find({ _id: { $in: events.map((event) => event.id) } }, { projection: { _id: 1 } }).toArray();
    const done = new Set(marks.map((mark) => mark._id));
    return events.filter((event) => !done.has(event.id));
  }

  private async relayAll(): Promise<number> {
    let published = 0;
    const byRange = Date.now() - this.lastRangeRead >= (this.options.rangeReadEveryMs ?? 600_000);
    const rangeReadStart = Date.now();
    for (const name of this.collections) {
      const roundStart = new Date();
      const since = await this.since(name);
      for await (const events of this.recentEvents(name, since, byRange)) {
        for (const event of await this.unpublished(events)) {
          // Stopped: end here, the watermark stays where it was (nothing is skipped).
          if (this.stopped) return published;
          await this.publisher.publish(event.type, event.data, event.id, event.occurredAt);
          await this.published.updateOne({ _id: event.id }, { $setOnInsert: { at: new Date() } }, { upsert: true });
          published += 1;
        }
      }
      // Reached only when every event of the round is published (a failed publish throws above).
      await this.watermarks.updateOne({ _id: name }, { $max: { at: roundStart } }, { upsert: true });
    }
    if (byRange) this.lastRangeRead = rangeReadStart;
    await this.cleanup();
    return published;
  }

  /** Drops marks of events older than every collection's lookback: the relay never looks at those again. */
  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < this.lookbackMs) return;
    this.lastCleanup = Date.now();
    let oldest = Infinity;
    for (const name of this.collections) oldest = Math.min(oldest, (await this.since(name)).getTime());
    if (Number.isFinite(oldest)) await this.published.deleteMany({ at: { $lt: new Date(oldest - this.lookbackMs) } });
  }
}
