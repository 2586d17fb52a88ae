import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { currentDeadline, currentRequestId, runInRequestContext } from '../logging/request-context.js';
import { MongoProcessedEvents } from '../mongo/processed-events.store.js';
import type { EventEnvelope } from './event-envelope.js';
import { JetStreamBus } from './jetstream-bus.js';

// Real NATS (JetStream) and FerretDB from `scripts/infra.sh up`.
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const run = randomUUID().slice(0, 8);
const stream = `IT_${run}`;
const type = (name: string) => `it${run}.thing.${name}`;

/** Resolves when `count` events have been seen, or rejects after the deadline. */
function collect(count: number, timeoutMs = 60_000) {
  const seen: EventEnvelope<{ n: number }>[] = [];
  let done: () => void;
  const finished = new Promise<void>((resolve, reject) => {
    done = resolve;
    setTimeout(() => reject(new Error(`saw ${seen.length} of ${count} events`)), timeoutMs).unref();
  });
  return {
    seen,
    finished,
    add(event: EventEnvelope<{ n: number }>) {
      seen.push(event);
      if (seen.length >= count) done();
    },
  };
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('JetStreamBus (real NATS)', () => {
  let bus: JetStreamBus;
  let connection: Connection;
  let processed: MongoProcessedEvents;

  beforeAll(async () => {
    bus = await JetStreamBus.connect([NATS_URL], 'jetstream-it');
    await bus.ensureStream({ name: stream, types: [`it${run}.>`] });
    connection = await mongoose.createConnection(MONGO_URL, { dbName: `it_${run}`, serverSelectionTimeoutMS: 3000 }).asPromise();
    processed = new MongoProcessedEvents(connection);
  });

  afterAll(async () => {
    await bus.close();
    const cleanup = await JetStreamBus.connect([NATS_URL], 'jetstream-it-cleanup');
    await cleanup.deleteStream(stream);
    await cleanup.close();
    await connection.dropDatabase();
    await connection.close();
  });

  it('stores a re-published event id once', async () => {
    const id = randomUUID();
    const first = await bus.publish(type('created'), { n: 1 }, id);
    const again = await bus.publish(type('created'), { n: 1 }, id);
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ seq: first.seq, duplicate: true });
  });

  it('redelivers an event whose handler failed, and applies it once', async () => {
    const applied = collect(1);
    let attempts = 0;
    await bus.consume<{ n: number }>({ stream, durable: `retry_${run}`, types: [type('retried')], processed }, async (event) => {
      attempts += 1;
      if (attempts === 1) throw new Error('transient failure');
      applied.add(event);
    });
    const id = randomUUID();
    await bus.publish(type('retried'), { n: 7 }, id);

    await applied.finished;
    expect(attempts).toBe(2);
    expect(applied.seen.map((e) => [e.id, e.data.n])).toEqual([[id, 7]]);
    // The bus records the event right after the handler returns.
    await eventually(() => processed.has(`retry_${run}`, id));
  });

  it('skips an event the consumer has already applied', async () => {
    const id = randomUUID();
    const durable = `dedupe_${run}`;
    await processed.remember(durable, id);
    const applied = collect(1);
    await bus.consume<{ n: number }>({ stream, durable, types: [type('deduped')], processed }, async (event) => applied.add(event));

    await bus.publish(type('deduped'), { n: 1 }, id);
    const marker = randomUUID();
    await bus.publish(type('deduped'), { n: 2 }, marker);

    await applied.finished;
    expect(applied.seen.map((e) => e.id)).toEqual([marker]);
  });

  it('keeps events for a durable consumer while it is away', async () => {
    const durable = `durable_${run}`;
    const first = await JetStreamBus.connect([NATS_URL], 'jetstream-it-first');
    await first.consume({ stream, durable, types: [type('kept')] }, async () => undefined);
    await first.close();

    const id = randomUUID();
    await bus.publish(type('kept'), { n: 3 }, id);

    const second = await JetStreamBus.connect([NATS_URL], 'jetstream-it-second');
    const applied = collect(1);
    await second.consume<{ n: number }>({ stream, durable, types: [type('kept')] }, async (event) => applied.add(event));
    await applied.finished;
    await second.close();
    expect(applied.seen.map((e) => e.id)).toEqual([id]);
  });

  it('runs each event in its own context, not in the deadline of the request that started the consumer', async () => {
    const applied = collect(1);
    let seenDeadline: number | undefined = -1;
    let seenRequestId: string | undefined;
    // A consumer started lazily while serving a request whose deadline passed long ago.
    await runInRequestContext(
      'a-request',
      () =>
        bus.consume<{ n: number }>({ stream, durable: `ctx_${run}`, types: [type('ctx')] }, async (event) => {
          seenDeadline = currentDeadline();
          seenRequestId = currentRequestId();
          applied.add(event);
        }),
      undefined,
      Date.now() - 60_000,
    );
    const id = randomUUID();
    await bus.publish(type('ctx'), { n: 4 }, id);
    await applied.finished;
    expect(seenDeadline).toBeUndefined();
    expect(seenRequestId).toBe(`event-${id}`);
  });
});

describe('MongoProcessedEvents (real FerretDB)', () => {
  it('remembers an event once under concurrent redeliveries', async () => {
    const connection = await mongoose.createConnection(MONGO_URL, { dbName: `it_pe_${run}`, serverSelectionTimeoutMS: 3000 }).asPromise();
    try {
      const store = new MongoProcessedEvents(connection);
      const id = randomUUID();
      await Promise.all(Array.from({ length: 10 }, () => store.remember('c', id)));
      expect(await store.has('c', id)).toBe(true);
      expect(await store.has('other', id)).toBe(false);
      expect(await connection.collection('processed_events').countDocuments({ consumer: 'c', eventId: id })).toBe(1);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });
});
