import { randomUUID } from 'node:crypto';
import { JetStreamBus } from './jetstream-bus.js';

// Real NATS (JetStream) from `scripts/infra.sh up`.
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const run = randomUUID().slice(0, 8);
const stream = `ITG_${run}`;
const type = `itg${run}.thing.happened`;

describe('JetStreamBus.consumeInGroups (real NATS)', () => {
  let bus: JetStreamBus;

  beforeAll(async () => {
    bus = await JetStreamBus.connect([NATS_URL], 'jetstream-groups-it');
    await bus.ensureStream({ name: stream, types: [`itg${run}.>`] });
  });

  afterAll(async () => {
    await bus.close();
    const cleanup = await JetStreamBus.connect([NATS_URL], 'jetstream-groups-it-cleanup');
    await cleanup.deleteStream(stream);
    await cleanup.close();
  });

  it('hands over what arrived while the handler was busy as one group, and redelivers a failed group', async () => {
    const durable = `groups_${run}`;
    const applied = new Set<number>();
    const groupSizes: number[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let firstCall: () => void = () => undefined;
    const busy = new Promise<void>((resolve) => (firstCall = resolve));
    let allApplied: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (allApplied = resolve));
    await bus.consumeInGroups<{ n: number }>({ stream, durable, types: [type], maxGroup: 10 }, async (events) => {
      groupSizes.push(events.length);
      if (groupSizes.length === 1) {
        firstCall();
        await gate;
        throw new Error('transient failure');
      }
      for (const event of events) applied.add(event.data.n);
      if (applied.size === 30) allApplied();
    });
    await bus.publish(type, { n: 0 }, 'e0');
    await busy;
    for (let n = 1; n < 30; n += 1) await bus.publish(type, { n }, `e${n}`);
    // Every event has reached this client while the first handler call is still running.
    await eventually(async () => (await bus.consumerBacklog(stream, durable)).ackPending === 30);
    release();
    await done;
    expect([...applied].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    expect(groupSizes.slice(0, 2)).toEqual([1, 10]);
  });
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
