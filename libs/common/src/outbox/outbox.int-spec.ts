import { randomUUID } from 'node:crypto';
import mongoose, { type Connection, type mongo } from 'mongoose';
import type { EventEnvelope } from '../jetstream/event-envelope.js';
import { JetStreamBus } from '../jetstream/jetstream-bus.js';
import { outboxEvent, outboxPinned, OutboxRelay, outboxSlotOf, OUTBOX_SLOT_MS, withOutbox, type OutboxDocument, type OutboxPublisher } from './outbox.js';

// Real NATS (JetStream) and FerretDB from `scripts/infra.sh up`.
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const run = randomUUID().slice(0, 8);
const stream = `OUTBOX_IT_${run}`;
const type = `ob${run}.order.paid`;

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('OutboxRelay (real FerretDB and NATS)', () => {
  let bus: JetStreamBus;
  let connection: Connection;
  const received: EventEnvelope[] = [];

  beforeAll(async () => {
    bus = await JetStreamBus.connect([NATS_URL], 'outbox-it');
    await bus.ensureStream({ name: stream, types: [`ob${run}.>`] });
    await bus.consume({ stream, durable: `reader_${run}`, types: [type] }, async (event) => {
      received.push(event);
    });
    connection = await mongoose.createConnection(MONGO_URL, { dbName: `it_outbox_${run}`, serverSelectionTimeoutMS: 3000 }).asPromise();
  });

  afterAll(async () => {
    await bus.close();
    const cleanup = await JetStreamBus.connect([NATS_URL], 'outbox-it-cleanup');
    await cleanup.deleteStream(stream);
    await cleanup.close();
    await connection.dropDatabase();
    await connection.close();
  });

  /** Writes a state change and its event in one update, as services do. */
  async function pay(orders: mongo.Collection<OutboxDocument>, id: string): Promise<string> {
    const eventId = `paid:${id}:${randomUUID().slice(0, 6)}`;
    await orders.updateOne({ _id: id }, { $setOnInsert: { status: 'new' } }, { upsert: true });
    await orders.updateOne({ _id: id }, withOutbox<OutboxDocument>({ $set: { status: 'paid' } }, [outboxEvent(type, { orderId: id }, eventId)]));
    return eventId;
  }

  function ordersCollection(): { name: string; orders: mongo.Collection<OutboxDocument> } {
    const name = `orders_${randomUUID().slice(0, 6)}`;
    return { name, orders: connection.collection<OutboxDocument>(name) };
  }

  it('publishes an event stored with its state change, with the outbox id as message id, and never writes the state document', async () => {
    const { name, orders } = ordersCollection();
    const relay = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0 });
    await relay.start();
    const eventId = await pay(orders, 'o1');
    const before = await orders.findOne({ _id: 'o1' });
    expect(await relay.backlog()).toBe(1);

    expect(await relay.relay()).toBe(1);
    const event = await eventually(async () => received.find((e) => e.id === eventId));
    expect(event).toMatchObject({ type, data: { orderId: 'o1' } });
    expect(await orders.findOne({ _id: 'o1' })).toEqual(before);
    expect(await relay.backlog()).toBe(0);
    expect(await relay.relay()).toBe(0);
  });

  it('answers a call made during a round with the round after it, which publishes what was stored since', async () => {
    const { name, orders } = ordersCollection();
    // The first round is held at the bus until the calls below are made, so it is still in flight
    // whatever the machine's speed (a round over an empty outbox could end before the write).
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: OutboxPublisher = { publish: async (...args) => gate.then(() => bus.publish(...args)) };
    const relay = new OutboxRelay(held, connection.db!, [name], { intervalMs: 0 });
    await relay.start();
    await pay(orders, 'o0');
    const inFlight = relay.relay(); // reads o0's event, may read before the write below
    await pay(orders, 'o1');
    const afterWrite = relay.relay();
    expect(afterWrite).not.toBe(inFlight);
    expect(relay.relay()).toBe(afterWrite); // one next round for every call during the first
    release();
    const published = (await inFlight) + (await afterWrite);
    // Once a call made after the write has answered, the write's event is out, whichever round read it.
    expect(await relay.backlog()).toBe(0);
    expect(published).toBe(2);
  });

  it('stops between two events: stop() resolves once the round has ended, and the next process publishes the rest', async () => {
    const { name, orders } = ordersCollection();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let publishes = 0;
    const held: OutboxPublisher = {
      publish: async (...args) => {
        publishes += 1;
        await gate;
        await bus.publish(...args);
      },
    };
    const relay = new OutboxRelay(held, connection.db!, [name], { intervalMs: 0 });
    await relay.start();
    const ids = [await pay(orders, 's1'), await pay(orders, 's2')];
    const round = relay.relay();
    await eventually(async () => (publishes === 1 ? true : undefined));
    let stopped = false;
    const stopping = relay.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false); // the round is still at its first event
    release();
    await stopping;
    expect(await round).toBe(1);
    expect(publishes).toBe(1);
    expect(await relay.relay()).toBe(0); // no round after stop

    const next = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0 });
    await next.start();
    expect(await next.relay()).toBe(1);
    await eventually(async () => (ids.every((id) => received.some((e) => e.id === id)) ? true : undefined));
    expect(await next.backlog()).toBe(0);
  });

  it('finds new events by their slot after its first round; a document without one (an older version’s) at the next range read', async () => {
    const { name, orders } = ordersCollection();
    const relay = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0 });
    await relay.start();
    await pay(orders, 'before');
    expect(await relay.relay()).toBe(1); // the first round reads by range, and sets the watermark

    const bySlot = await pay(orders, 'by-slot');
    // A writer whose clock runs a few seconds ahead stores its event in the slot after now's.
    const ahead = new Date(Date.now() + OUTBOX_SLOT_MS / 2);
    const aheadId = `paid:ahead:${randomUUID().slice(0, 6)}`;
    await orders.insertOne({ _id: 'ahead', outbox: [{ ...outboxEvent(type, { orderId: 'ahead' }, aheadId), storedAt: ahead }], outboxAt: ahead, outboxSlot: outboxSlotOf(ahead) });
    // A document written before slots existed: outboxAt only.
    const now = new Date();
    const oldId = `paid:old:${randomUUID().slice(0, 6)}`;
    await orders.insertOne({ _id: 'old', outbox: [{ ...outboxEvent(type, { orderId: 'old' }, oldId), storedAt: now }], outboxAt: now });

    expect(await relay.relay()).toBe(2); // by slot: the old-style document is not among them
    await eventually(async () => ([bySlot, aheadId].every((id) => received.some((e) => e.id === id)) ? true : undefined));
    expect(received.some((e) => e.id === oldId)).toBe(false);
    expect(await relay.backlog()).toBe(1); // the backlog is counted by range

    const restarted = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0 });
    await restarted.start();
    expect(await restarted.relay()).toBe(1); // a process's first round reads by range
    await eventually(async () => (received.some((e) => e.id === oldId) ? true : undefined));
    expect(await restarted.backlog()).toBe(0);
  });

  it('reads by range again every rangeReadEveryMs', async () => {
    const { name, orders } = ordersCollection();
    const relay = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0, rangeReadEveryMs: 300 });
    await relay.start();
    await pay(orders, 'first');
    expect(await relay.relay()).toBe(1);
    const now = new Date();
    await orders.insertOne({ _id: 'old', outbox: [{ ...outboxEvent(type, { orderId: 'old' }, `paid:old:${randomUUID().slice(0, 6)}`), storedAt: now }], outboxAt: now });
    expect(await relay.relay()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await relay.relay()).toBe(1);
  });

  it('keeps events while the bus is down and publishes each once when it returns', async () => {
    const { name, orders } = ordersCollection();
    let down = true;
    const flaky: OutboxPublisher = { publish: (...args) => (down ? Promise.reject(new Error('NATS is down')) : bus.publish(...args)) };
    const relay = new OutboxRelay(flaky, connection.db!, [name], { intervalMs: 0 });
    await relay.start();
    const ids = [await pay(orders, 'a'), await pay(orders, 'b'), await pay(orders, 'c')];

    await expect(relay.relay()).rejects.toThrow('NATS is down');
    expect(await relay.backlog()).toBe(3);
    down = false;
    expect(await relay.relay()).toBe(3);
    expect(await relay.relay()).toBe(0);

    await eventually(async () => (ids.every((id) => received.some((e) => e.id === id)) ? true : undefined));
    expect(received.filter((e) => ids.includes(e.id))).toHaveLength(3);
  });

  it('absorbs a publish repeated after a crash between publishing and marking it: the consumer sees it once', async () => {
    const { name, orders } = ordersCollection();
    const relay = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0 });
    await relay.start();
    const eventId = await pay(orders, 'crashy');
    // The first relay published, then died before recording the event as published.
    await bus.publish(type, { orderId: 'crashy' }, eventId);
    expect(await relay.relay()).toBe(1);

    await eventually(async () => (received.some((e) => e.id === eventId) ? true : undefined));
    const marker = `marker:${randomUUID()}`;
    await bus.publish(type, { orderId: 'marker' }, marker);
    await eventually(async () => (received.some((e) => e.id === marker) ? true : undefined));
    expect(received.filter((e) => e.id === eventId)).toHaveLength(1);
  });

  it('loses no state write to relay rounds running alongside (the relay writes only its own collections)', async () => {
    const { name, orders } = ordersCollection();
    const relay = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0 });
    await relay.start();
    let writing = true;
    const rounds = (async () => {
      while (writing) await relay.relay();
    })();
    const ids = Array.from({ length: 30 }, (_, i) => `race${i}`);
    await Promise.all(
      ids.map(async (id) => {
        await pay(orders, id);
        await orders.updateOne({ _id: id }, { $set: { shipped: true } });
      }),
    );
    writing = false;
    await rounds;
    await relay.relay();

    const stored = await orders.find({ _id: { $in: ids } }).toArray();
    expect(stored.filter((order) => order.status === 'paid' && order.shipped === true)).toHaveLength(ids.length);
    expect(await relay.backlog()).toBe(0);
  });

  it("lets the owner drop published entries in a write pinned to what it read, never an entry stored since", async () => {
    const { name, orders } = ordersCollection();
    const relay = new OutboxRelay(bus, connection.db!, [name], { intervalMs: 0, lookbackMs: 1 });
    await relay.start();
    const first = await pay(orders, 't1');
    expect(await relay.trim(name, (await orders.findOne({ _id: 't1' }))?.outbox)).toHaveLength(1);
    await relay.relay();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await relay.relay(); // the watermark is now past the first event, its lookback included

    const read = (await orders.findOne({ _id: 't1' }))!;
    const keep = await relay.trim(name, read.outbox);
    expect(keep).toEqual([]);
    // A concurrent write stores an event after the owner read the document: the pinned write matches nothing.
    const second = await pay(orders, 't1');
    const stale = await orders.updateOne({ _id: 't1', ...outboxPinned(read) }, withOutbox<OutboxDocument>({ $set: { status: 'refunded' } }, [], keep));
    expect(stale.matchedCount).toBe(0);

    const fresh = (await orders.findOne({ _id: 't1' }))!;
    const kept = await relay.trim(name, fresh.outbox);
    expect(kept.map((event) => event.id)).toEqual([second]);
    const trimmed = await orders.updateOne({ _id: 't1', ...outboxPinned(fresh) }, withOutbox<OutboxDocument>({ $set: { status: 'refunded' } }, [], kept));
    expect(trimmed.matchedCount).toBe(1);
    const after = (await orders.findOne({ _id: 't1' }))!;
    expect(after.status).toBe('refunded');
    expect(after.outbox?.map((event) => event.id)).toEqual([second]);
    expect(after.outbox?.map((event) => event.id)).not.toContain(first);
    expect(await relay.relay()).toBe(1);
  });
});
