/**
 * Store reads the local store (FerretDB 1.24) cannot serve from an index, against what replaced them,
 * in the same run, at three collection sizes (ADR 0034 amendment, ADR 0023 amendment):
 * - a comments page's like counts and "liked by me": `$in` (before) vs `lookupEach` (one equality
 *   lookup per comment);
 * - an outbox relay round finding one new event: by `outboxAt` range (before) vs by time slot.
 * Each figure is the median of several rounds; the store is the one `scripts/infra.sh up` started.
 */
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { lookupEach } from '../libs/common/src/mongo/chunked-reads.js';
import { outboxEvent, outboxFields, OutboxRelay, type OutboxDocument, type OutboxPublisher } from '../libs/common/src/outbox/outbox.js';

const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const SIZES = (process.env.BENCH_STORE_READS_SIZES ?? '1000,20000,100000').split(',').map(Number);
const ROUNDS = 5;
const PAGE = 20;

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1];
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const connection = await mongoose.createConnection(MONGO_URL, { dbName: `bench_store_reads_${randomUUID().slice(0, 8)}` }).asPromise();
const rows: string[][] = [];
try {
  for (const size of SIZES) {
    // A comments page: like counts and the caller's own likes of 20 comments, `size` likes stored.
    await connection.dropDatabase();
    const likes = connection.collection<{ _id: string; commentId: mongoose.Types.ObjectId; actorKey: string }>('comment_likes');
    await likes.createIndex({ commentId: 1 });
    const comments = Array.from({ length: Math.max(PAGE, size / 20) }, () => new mongoose.Types.ObjectId());
    for (let start = 0; start < size; start += 5000) {
      await likes.insertMany(Array.from({ length: Math.min(5000, size - start) }, (_, i) => ({ _id: `${comments[(start + i) % comments.length].toHexString()}|a${start + i}`, commentId: comments[(start + i) % comments.length], actorKey: `a${start + i}` })));
    }
    const page = comments.slice(0, PAGE);
    const byIn = () =>
      Promise.all([
        likes.aggregate([{ $match: { commentId: { $in: page } } }, { $group: { _id: '$commentId', n: { $sum: 1 } } }]).toArray(),
        likes.find({ _id: { $in: page.map((id) => `${id.toHexString()}|a1`) } }, { projection: { _id: 1 } }).toArray(),
      ]);
    const byLookups = () => Promise.all([lookupEach(page, (commentId) => likes.countDocuments({ commentId })), lookupEach(page, (id) => likes.findOne({ _id: `${id.toHexString()}|a1` }, { projection: { _id: 1 } }))]);
    const pageIn: number[] = [];
    const pageLookups: number[] = [];
    await byIn();
    await byLookups();
    for (let round = 0; round < ROUNDS; round += 1) {
      pageIn.push(await timed(byIn));
      pageLookups.push(await timed(byLookups));
    }

    // An outbox relay round over `size` published documents and one new event.
    await connection.dropDatabase();
    const documents = connection.collection<OutboxDocument>('items');
    const hourAgo = new Date(Date.now() - 3600_000);
    for (let start = 0; start < size; start += 5000) {
      await documents.insertMany(Array.from({ length: Math.min(5000, size - start) }, (_, i) => ({ _id: `d${start + i}`, ...outboxFields([outboxEvent('bench.happened', {}, `e${start + i}`)], hourAgo) })));
    }
    // Everything stored an hour ago is published: the watermark is now.
    await connection.collection<{ _id: string; at: Date }>('outbox_watermarks').insertOne({ _id: 'items', at: new Date() });
    const bus: OutboxPublisher = { publish: async () => undefined };
    const round: Record<'range' | 'slot', number[]> = { range: [], slot: [] };
    for (const mode of ['range', 'slot'] as const) {
      const relay = new OutboxRelay(bus, connection.db!, ['items'], { intervalMs: 0, rangeReadEveryMs: mode === 'range' ? 0 : 3600_000 });
      await relay.start();
      await relay.relay(); // a process's first round reads by range
      for (let i = 0; i < ROUNDS; i += 1) {
        await documents.insertOne({ _id: randomUUID(), ...outboxFields([outboxEvent('bench.happened', {}, randomUUID())]) });
        round[mode].push(await timed(() => relay.relay()));
      }
    }
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    rows.push([size.toLocaleString('en'), ms(median(pageIn)), ms(median(pageLookups)), (median(pageIn) / median(pageLookups)).toFixed(1), ms(median(round.range)), ms(median(round.slot)), (median(round.range) / median(round.slot)).toFixed(1)]);
  }
} finally {
  await connection.dropDatabase();
  await connection.close();
}

console.log(`\nStore reads on ${MONGO_URL} (median of ${ROUNDS}); a comments page of ${PAGE}; a relay round finding one new event`);
console.log('| documents | page by $in | page by lookups | ratio | relay round by range | by slot | ratio |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
