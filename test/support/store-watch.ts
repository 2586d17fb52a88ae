import { afterAll, afterEach, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Setup for the integration and e2e tiers (jest.config.js).

// Tests wait on real stores and processes of a shared, sometimes busy machine. Each wait has its own
// deadline naming what it waited for; this per-test budget only catches a test that hangs outright.
// Jest reads `testTimeout` from the global config only (a project's is ignored), hence this call.
jest.setTimeout(180_000);

// When the document store dies or hangs mid-run, every test after it fails with a timeout or a
// driver error that does not say why; these checks name the cause.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const WRITE_PROBE_SECONDS = 15;

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
  // One write per file (scripts/store-probe.mjs, as `infra.sh status` does): a store that accepts
  // connections but no longer answers is hung.
  try {
    await promisify(execFile)(process.execPath, [join(import.meta.dirname, '../../scripts/store-probe.mjs'), MONGO_URL, String(WRITE_PROBE_SECONDS)], { timeout: (WRITE_PROBE_SECONDS + 10) * 1000 });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error instanceof Error ? error.message : String(error));
    throw new Error(`the store is hung or dead: a write to ${MONGO_URL} got no answer within ${WRITE_PROBE_SECONDS} s (${detail})`);
  }
});
