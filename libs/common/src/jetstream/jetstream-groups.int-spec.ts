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

  it('delivers events that arrived together in one group, and redelivers a failed group', async () => {
    for (let n = 0; n < 30; n += 1) await bus.publish(type, { n }, `e${n}`);
    const applied = new Set<number>();
    const groupSizes: number[] = [];
    let failedOnce = false;
    const done = new Promise<void>((resolve) => {
      void bus.consumeInGroups<{ n: number }>({ stream, durable: `groups_${run}`, types: [type], maxGroup: 10, concurrency: 2 }, async (events) => {
        groupSizes.push(events.length);
        if (!failedOnce) {
          failedOnce = true;
          throw new Error('transient failure');
        }
        for (const event of events) applied.add(event.data.n);
        if (applied.size === 30) resolve();
      });
    });
    await done;
    expect([...applied].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    expect(Math.max(...groupSizes)).toBeGreaterThan(1);
    expect(Math.max(...groupSizes)).toBeLessThanOrEqual(10);
  }, 20_000);
});
