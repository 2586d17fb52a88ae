import { Logger } from '@nestjs/common';
import type { mongo } from 'mongoose';

type Collection<T extends mongo.Document> = mongo.Collection<T>;
type Filter<T> = mongo.Filter<T>;
type UpdateFilter<T extends mongo.Document> = mongo.UpdateFilter<T>;

/** An event waiting in the document whose state change it describes, until the relay publishes it. */
export interface OutboxEvent {
  /** The event id: JetStream's message id (publish dedupe) and consumers' dedupe key. */
  id: string;
  type: string;
  data: unknown;
  occurredAt: Date;
}

/** A document that may carry unpublished events. */
export interface OutboxDocument extends mongo.Document {
  _id: string;
  outbox?: OutboxEvent[];
}

export function outboxEvent(type: string, data: unknown, id: string, occurredAt: Date = new Date()): OutboxEvent {
  return { id, type, data, occurredAt };
}

/**
 * The part of an update that stores events with the state change, in the same single-document
 * write (no multi-document transactions): merge it into the update that changes the state.
 */
export function withOutbox<T extends OutboxDocument>(update: UpdateFilter<T>, events: OutboxEvent[]): UpdateFilter<T> {
  if (events.length === 0) return update;
  return { ...update, $push: { outbox: { $each: events } } } as unknown as UpdateFilter<T>;
}

/** What the relay publishes through (JetStreamBus has this shape). */
export interface OutboxPublisher {
  publish(type: string, data: unknown, eventId: string, occurredAt?: Date): Promise<unknown>;
}

export interface OutboxRelayOptions {
  /** How often the relay looks for unpublished events (a kick after a write comes sooner). */
  intervalMs: number;
  /** Documents read per collection and round. */
  batch?: number;
  /** How long a kick waits before its round (default 300 ms); see `kick`. */
  kickDelayMs?: number;
}

const PENDING = { 'outbox.0': { $exists: true } };

/**
 * The transactional outbox's relay: publishes the events stored in documents, with the outbox
 * event id as the message id, then removes each from its document. A crash or a NATS outage
 * between the two delays an event and may publish it twice (deduped by id), never loses it.
 * Every replica may relay: duplicates are absorbed the same way.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private kickTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly publisher: OutboxPublisher,
    private readonly collections: Array<Collection<OutboxDocument>>,
    private readonly options: OutboxRelayOptions,
  ) {}

  /** Indexes the pending events (multikey on the event id) and starts the timer. */
  async start(): Promise<void> {
    for (const collection of this.collections) await collection.createIndex({ 'outbox.id': 1 }, { sparse: true });
    if (this.options.intervalMs <= 0) return;
    this.timer = setInterval(() => this.relayNow(), this.options.intervalMs);
    this.timer.unref();
    this.relayNow();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.kickTimer) clearTimeout(this.kickTimer);
    this.timer = undefined;
    this.kickTimer = undefined;
  }

  /**
   * Relays soon: called after a write that stored events. The round starts a moment later, once the
   * request has made its next writes to the same document: FerretDB 1.24 writes a whole document back
   * on update, so a $pull racing a state change of that document can undo the change (MongoDB cannot).
   */
  kick(): void {
    if (this.kickTimer) return;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = undefined;
      this.relayNow();
    }, this.options.kickDelayMs ?? 300);
    this.kickTimer.unref();
  }

  private relayNow(): void {
    this.relay().catch((error: unknown) => this.logger.warn({ msg: 'outbox relay round failed; retried on the next one', err: error instanceof Error ? error.message : String(error) }));
  }

  /** One round over every collection (a call during a round runs another right after); returns events published. */
  relay(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.relayAll().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.relayNow();
      }
    });
    return this.running;
  }

  /** Events stored and not yet published, over every collection (for health and tests). */
  async backlog(): Promise<number> {
    let total = 0;
    for (const collection of this.collections) {
      for await (const document of collection.find(PENDING as Filter<OutboxDocument>, { projection: { outbox: 1 } })) total += document.outbox?.length ?? 0;
    }
    return total;
  }

  private async relayAll(): Promise<number> {
    let published = 0;
    for (const collection of this.collections) {
      for (;;) {
        const documents = await collection.find(PENDING as Filter<OutboxDocument>, { projection: { outbox: 1 } }).limit(this.options.batch ?? 100).toArray();
        for (const document of documents) {
          for (const event of document.outbox ?? []) {
            await this.publisher.publish(event.type, event.data, event.id, event.occurredAt);
            // The whole element, not a condition on it: FerretDB 1.24's $pull matches values only.
            await collection.updateOne({ _id: document._id } as Filter<OutboxDocument>, { $pull: { outbox: event } } as unknown as UpdateFilter<OutboxDocument>);
            published += 1;
          }
        }
        if (documents.length < (this.options.batch ?? 100)) break;
      }
    }
    return published;
  }
}
