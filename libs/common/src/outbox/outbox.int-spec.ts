import { randomUUID } from 'node:crypto';
import mongoose, { type Connection, type mongo } from 'mongoose';
import type { EventEnvelope } from '../jetstream/event-envelope.js';
import { JetStreamBus } from '../jetstream/jetstream-bus.js';
import { outboxEvent, OutboxRelay, withOutbox, type OutboxDocument, type OutboxPublisher } from './outbox.js';

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
    const eventId = `paid:${id}`;
    await orders.insertOne({ _id: id, status: 'new' });
    await orders.updateOne({ _id: id }, withOutbox<OutboxDocument>({ $set: { status: 'paid' } }, [outboxEvent(type, { orderId: id }, eventId)]));
    return eventId;
  }

  it('publishes an event stored with its state change, with the outbox id as message id, and removes it from the document', async () => {
    const orders = connection.collection<OutboxDocument>(`orders_${randomUUID().slice(0, 6)}`);
    const relay = new OutboxRelay(bus, [orders], { intervalMs: 0 });
    await relay.start();
    const eventId = await pay(orders, 'o1');
    expect(await relay.backlog()).toBe(1);

    expect(await relay.relay()).toBe(1);
    const event = await eventually(async () => received.find((e) => e.id === eventId));
    expect(event).toMatchObject({ type, data: { orderId: 'o1' } });
    expect(await orders.findOne({ _id: 'o1' })).toMatchObject({ status: 'paid', outbox: [] });
    expect(await relay.backlog()).toBe(0);
  });

  it('keeps events while the bus is down and publishes each once when it returns', async () => {
    const orders = connection.collection<OutboxDocument>(`orders_${randomUUID().slice(0, 6)}`);
    let down = true;
    const flaky: OutboxPublisher = { publish: (...args) => (down ? Promise.reject(new Error('NATS is down')) : bus.publish(...args)) };
    const relay = new OutboxRelay(flaky, [orders], { intervalMs: 0 });
    await relay.start();
    const ids = [await pay(orders, 'a'), await pay(orders, 'b'), await pay(orders, 'c')];

    await expect(relay.relay()).rejects.toThrow('NATS is down');
    expect(await relay.backlog()).toBe(3);
    down = false;
    expect(await relay.relay()).toBe(3);

    await eventually(async () => (ids.every((id) => received.some((e) => e.id === id)) ? true : undefined));
    expect(received.filter((e) => ids.includes(e.id))).toHaveLength(3);
  });

  it('absorbs a publish repeated after a crash between publishing and removing: the consumer sees it once', async () => {
    const orders = connection.collection<OutboxDocument>(`orders_${randomUUID().slice(0, 6)}`);
    const relay = new OutboxRelay(bus, [orders], { intervalMs: 0 });
    await relay.start();
    const eventId = await pay(orders, 'crashy');
    // The first relay published, then died before removing the event from the document.
    await bus.publish(type, { orderId: 'crashy' }, eventId);
    expect(await relay.relay()).toBe(1);

    await eventually(async () => (received.some((e) => e.id === eventId) ? true : undefined));
    const marker = `marker:${randomUUID()}`;
    await bus.publish(type, { orderId: 'marker' }, marker);
    await eventually(async () => (received.some((e) => e.id === marker) ? true : undefined));
    expect(received.filter((e) => e.id === eventId)).toHaveLength(1);
  });
});
