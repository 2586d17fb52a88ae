import { Logger } from '@nestjs/common';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { runInRequestContext } from '../logging/request-context.js';
import { eventsHandled } from '../metrics/metrics.js';
import { eventSubject, type EventEnvelope, type ProcessedEvents } from './event-envelope.js';

const NANOS_PER_MS = 1_000_000;

export interface StreamDefinition {
  name: string;
  /** Event types it holds, e.g. `media.asset.>`; stored under `events.` (see eventSubject). */
  types: string[];
  maxAgeMs?: number;
  /** Publishes with the same event id inside this window are stored once. */
  duplicateWindowMs?: number;
}

export interface ConsumerDefinition {
  stream: string;
  /** Durable name: survives restarts; replicas with the same name share the work. */
  durable: string;
  types: string[];
  maxDeliver?: number;
  ackWaitMs?: number;
  processed?: ProcessedEvents;
  /** Messages handled at once (default 1, in order). Above 1 the handler must tolerate any order. */
  concurrency?: number;
}

export interface PublishResult {
  seq: number;
  duplicate: boolean;
}

export type EventHandler<T> = (event: EventEnvelope<T>) => Promise<void>;
/** Handles several events in one go; they are acknowledged (or retried) together. */
export type EventGroupHandler<T> = (events: EventEnvelope<T>[]) => Promise<void>;

/** Retry delay after the n-th failed delivery: 1 s, 2 s, 4 s … capped at 60 s. */
export function redeliveryDelayMs(deliveryCount: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, deliveryCount - 1));
}

/**
 * JetStream for events that must not be lost: at-least-once delivery to durable pull consumers,
 * publish-side dedupe by event id (Nats-Msg-Id) and consumer-side dedupe through ProcessedEvents.
 */
export class JetStreamBus {
  private readonly logger = new Logger(JetStreamBus.name);
  private readonly stops: Array<() => Promise<void>> = [];

  private constructor(
    private readonly connection: NatsConnection,
    private readonly client: JetStreamClient,
    private readonly manager: JetStreamManager,
  ) {}

  static async connect(servers: string[], name: string): Promise<JetStreamBus> {
    // noAsyncTraces: nats.js otherwise builds two errors with stacks for every publish's acknowledgement
    // request (a caller's stack and a timeout's), ~5 % of the gateway's time under event ingest.
    const connection = await connect({ servers, name, maxReconnectAttempts: -1, reconnectTimeWait: 500, noAsyncTraces: true });
    const manager = await jetstreamManager(connection);
    return new JetStreamBus(connection, jetstream(connection), manager);
  }

  /** Resolves when the connection to NATS drops (a fault e2e holds a request until then). */
  async disconnected(): Promise<void> {
    for await (const status of this.connection.status()) if (status.type === 'disconnect') return;
  }

  /** Creates the stream, or updates its subjects and limits when it exists. Idempotent. */
  async ensureStream(definition: StreamDefinition): Promise<void> {
    const config = {
      name: definition.name,
      subjects: definition.types.map(eventSubject),
      max_age: (definition.maxAgeMs ?? 7 * 24 * 3600_000) * NANOS_PER_MS,
      duplicate_window: (definition.duplicateWindowMs ?? 2 * 60_000) * NANOS_PER_MS,
    };
    try {
      await this.manager.streams.info(definition.name);
      await this.manager.streams.update(definition.name, config);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.status !== 404) throw error;
      await this.manager.streams.add(config);
    }
  }

  async publish<T>(type: string, data: T, eventId: string = randomUUID(), occurredAt: Date = new Date()): Promise<PublishResult> {
    const envelope: EventEnvelope<T> = { id: eventId, type, occurredAt: occurredAt.toISOString(), data };
    const ack = await this.client.publish(eventSubject(type), JSON.stringify(envelope), { msgID: eventId });
    return { seq: ack.seq, duplicate: ack.duplicate };
  }

  /** Creates (or updates) the durable pull consumer with explicit acks and returns it. */
  private async durableConsumer(definition: Omit<ConsumerDefinition, 'processed'>, maxDeliver: number) {
    await this.manager.consumers.add(definition.stream, {
      durable_name: definition.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subjects: definition.types.map(eventSubject),
      max_deliver: maxDeliver,
      ack_wait: (definition.ackWaitMs ?? 30_000) * NANOS_PER_MS,
    });
    return this.client.consumers.get(definition.stream, definition.durable);
  }

  /** Starts consuming in the background; returns once the consumer exists. */
  async consume<T>(definition: ConsumerDefinition, handler: EventHandler<T>): Promise<void> {
    const maxDeliver = definition.maxDeliver ?? 10;
    const consumer = await this.durableConsumer(definition, maxDeliver);
    const messages = await consumer.consume();
    const concurrency = definition.concurrency ?? 1;
    const loop = (async () => {
      const inFlight = new Set<Promise<void>>();
      for await (const message of messages) {
        // handle() settles every message itself (ack, nak or term) and never rejects.
        const task: Promise<void> = this.handle(message, definition, maxDeliver, handler).finally(() => inFlight.delete(task));
        inFlight.add(task);
        if (inFlight.size >= concurrency) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    })();
    this.stops.push(async () => {
      await messages.close();
      await loop;
    });
  }

  /**
   * Like consume, but hands the handler everything that has arrived (up to `maxGroup` events) while
   * it was busy: one store round trip can then serve many events. The handler must be idempotent
   * per event (no ProcessedEvents here); on failure the whole group is redelivered.
   */
  async consumeInGroups<T>(definition: Omit<ConsumerDefinition, 'processed'> & { maxGroup: number }, handler: EventGroupHandler<T>): Promise<void> {
    const maxDeliver = definition.maxDeliver ?? 10;
    const consumer = await this.durableConsumer(definition, maxDeliver);
    const messages = await consumer.consume({ max_messages: definition.maxGroup * 2 });
    const buffer: JsMsg[] = [];
    let ended = false;
    const idle: Array<() => void> = [];
    const wakeAll = () => idle.splice(0).forEach((wake) => wake());
    const reader = (async () => {
      for await (const message of messages) {
        buffer.push(message);
        wakeAll();
      }
      ended = true;
      wakeAll();
    })();
    const worker = async () => {
      for (;;) {
        if (buffer.length === 0) {
          if (ended) return;
          await new Promise<void>((resolve) => idle.push(resolve));
          continue;
        }
        await this.handleGroup(buffer.splice(0, definition.maxGroup), definition.durable, maxDeliver, handler);
      }
    };
    const workers = Array.from({ length: definition.concurrency ?? 1 }, worker);
    this.stops.push(async () => {
      await messages.close();
      await reader;
      await Promise.all(workers);
    });
  }

  private async handleGroup<T>(messages: JsMsg[], durable: string, maxDeliver: number, handler: EventGroupHandler<T>): Promise<void> {
    const decoded: Array<{ message: JsMsg; event: EventEnvelope<T> }> = [];
    for (const message of messages) {
      try {
        decoded.push({ message, event: message.json<EventEnvelope<T>>() });
      } catch {
        this.logger.error({ msg: 'dropping undecodable event', subject: message.subject, seq: message.seq });
        message.term();
      }
    }
    if (decoded.length === 0) return;
    try {
      // Its own context: a consumer started while a request was being served must not inherit that request's deadline.
      await runInRequestContext(`events-${decoded[0].event.id}`, () => handler(decoded.map((d) => d.event)));
      for (const { message } of decoded) message.ack();
    } catch (error) {
      const err = error instanceof Error ? error.message : String(error);
      this.logger.warn({ msg: 'event group failed, will retry', consumer: durable, events: decoded.length, err });
      for (const { message, event } of decoded) {
        const attempt = message.info.deliveryCount;
        if (attempt >= maxDeliver) {
          this.logger.error({ msg: 'event handler gave up', consumer: durable, eventId: event.id, type: event.type, attempt, err });
          message.term();
        } else {
          message.nak(redeliveryDelayMs(attempt));
        }
      }
    }
  }

  private async handle<T>(message: JsMsg, definition: ConsumerDefinition, maxDeliver: number, handler: EventHandler<T>): Promise<void> {
    let event: EventEnvelope<T>;
    try {
      event = message.json<EventEnvelope<T>>();
    } catch {
      // Not our envelope: redelivering cannot fix it.
      this.logger.error({ msg: 'dropping undecodable event', subject: message.subject, seq: message.seq });
      message.term();
      return;
    }
    try {
      if (await definition.processed?.has(definition.durable, event.id)) {
        message.ack();
        eventsHandled.inc({ consumer: definition.durable, outcome: 'duplicate' });
        return;
      }
      // Its own context (request id = event id): a consumer started while a request was being served
      // must not inherit that request's deadline, or every call the handler makes would fail at once.
      await runInRequestContext(`event-${event.id}`, () => handler(event));
      await definition.processed?.remember(definition.durable, event.id);
      message.ack();
      eventsHandled.inc({ consumer: definition.durable, outcome: 'ok' });
    } catch (error) {
      const attempt = message.info.deliveryCount;
      const err = error instanceof Error ? error.message : String(error);
      if (attempt >= maxDeliver) {
        this.logger.error({ msg: 'event handler gave up', consumer: definition.durable, eventId: event.id, type: event.type, attempt, err });
        message.term();
        eventsHandled.inc({ consumer: definition.durable, outcome: 'gave_up' });
      } else {
        eventsHandled.inc({ consumer: definition.durable, outcome: 'retry' });
        this.logger.warn({ msg: 'event handler failed, will retry', consumer: definition.durable, eventId: event.id, attempt, err });
        message.nak(redeliveryDelayMs(attempt));
      }
    }
  }

  /** Backlog of a durable consumer: not yet delivered, and delivered but not yet acknowledged. */
  async consumerBacklog(stream: string, durable: string): Promise<{ pending: number; ackPending: number }> {
    const info = await this.manager.consumers.info(stream, durable);
    return { pending: info.num_pending, ackPending: info.num_ack_pending };
  }

  async streamMessages(stream: string): Promise<number> {
    return (await this.manager.streams.info(stream)).state.messages;
  }

  async deleteStream(name: string): Promise<void> {
    await this.manager.streams.delete(name);
  }

  async ping(): Promise<void> {
    await this.connection.flush();
  }

  async close(): Promise<void> {
    await Promise.all(this.stops.splice(0).map((stop) => stop()));
    await this.connection.drain();
  }
}
