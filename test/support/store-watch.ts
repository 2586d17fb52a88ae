import { afterAll, afterEach, jest } from '@jest/globals';
import { MongoClient } from 'mongodb';
import { connect } from 'node:net';

// Setup for the integration and e2e tiers (jest.config.js).

// Tests wait on real stores and processes of a shared, sometimes busy machine. Each wait has its own
// deadline naming what it waited for; this per-test budget only catches a test that hangs outright.
// Jest reads `testTimeout` from the global config only (a project's is ignored), hence this call.
jest.setTimeout(180_000);

// When the document store dies or hangs mid-run, every test after it fails with a timeout or a
// driver error that does not say why; these checks name the cause.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const WRITE_PROBE_MS = 15_000;

/** host and port of the first host in MONGO_URL. */
function storeAddress(): { host: string; port: number } {
  const [host = '127.0.0.1', port = '27017'] = (MONGO_URL.replace(/^[a-z+]+:\/\//, '').replace(/^[^@/]*@/, '').split(/[,/?]/)[0] ?? '').split(':');
  return { host, port: Number(port) };
}

/** Whether something still accepts connections on the store's port (cheap enough for every test). */
function listening(): Promise<boolean> {
  const { host, port } = storeAddress();
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 15_000 });
    const settle = (accepted: boolean) => {
      socket.destroy();
      resolve(accepted);
    };
    socket.once('connect', () => settle(true));
    socket.once('error', () => settle(false));
    socket.once('timeout', () => settle(false));
  });
}

afterEach(async () => {
  if (!(await listening())) {
    throw new Error(`the store died: nothing accepts connections at ${MONGO_URL} any more (see .data/logs/mongo.log; restart with scripts/infra.sh up)`);
  }
});

afterAll(async () => {
  // One write per file: a store that accepts connections but no longer answers is hung.
  const client = new MongoClient(MONGO_URL, { serverSelectionTimeoutMS: WRITE_PROBE_MS, socketTimeoutMS: WRITE_PROBE_MS });
  try {
    await client.db('onstream_health').collection('probe').updateOne({ _id: 'write-probe' as never }, { $set: { at: new Date() } }, { upsert: true });
  } catch (error) {
    throw new Error(`the store is hung or dead: a write to ${MONGO_URL} got no answer within ${WRITE_PROBE_MS / 1000} s (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await client.close();
  }
});
