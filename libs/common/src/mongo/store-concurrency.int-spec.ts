import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';

// The store from `scripts/infra.sh up`. FerretDB 1.24 on PostgreSQL holds one pool connection for an
// update's matched rows while it takes a second to write them: with more updates in flight than half its
// pool, every connection waits for another and the store hangs (ADR 0027). The script sizes the pool for it.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const IN_FLIGHT = 120; // more than FerretDB's default pool of 50 could take
const HANG_AFTER_MS = 30_000; // the updates take well under a second when the store keeps up

describe('the store under concurrent updates', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URL, { dbName: `it_concurrency_${randomUUID().slice(0, 8)}`, maxPoolSize: IN_FLIGHT, maxConnecting: IN_FLIGHT, serverSelectionTimeoutMS: 3000 })
      .asPromise();
  });

  afterAll(async () => {
    // A hung store never answers the drop: stop waiting for it.
    await Promise.race([connection.dropDatabase(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]).catch(() => undefined);
    await connection.close(true);
  });

  it(`applies ${IN_FLIGHT} updates sent at once, each exactly once`, async () => {
    const likes = connection.collection<{ _id: string; liked: boolean }>('likes');
    await likes.insertMany(Array.from({ length: IN_FLIGHT }, (_, i) => ({ _id: `u${i}`, liked: false })));
    // Open every driver connection first, so the updates below really are in flight together.
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => connection.db!.command({ ping: 1 })));

    const updates = Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => likes.updateOne({ _id: `u${i}` }, { $set: { liked: true } })));
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the store hung: ${IN_FLIGHT} concurrent updates not answered in ${HANG_AFTER_MS / 1000} s (FerretDB's pool too small, see ADR 0027)`)), HANG_AFTER_MS);
    });
    const results = await Promise.race([updates, hung]).finally(() => clearTimeout(timer));

    expect(results.every((result) => result.matchedCount === 1)).toBe(true);
    expect(await likes.countDocuments({ liked: true })).toBe(IN_FLIGHT);
  }, HANG_AFTER_MS + 30_000);
});
