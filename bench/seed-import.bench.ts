/**
 * Seed import figures (issue 22) on the platform's catalog: the full MovieLens import of a first
 * start, then a resume. For the resume the run is put back to its 9,500 checkpoint with the titles
 * after the first 100 of the next batch removed, as if the importing replica had died there, and a
 * restarted catalog finishes it. Durations are the service's own (the run record's durationMs).
 * Asserts only that both runs finished with every title stored.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import type { ImportStatusResponse } from '@onstream/common';
import { Api } from '../test/support/http.js';
import { Platform, ROOT } from '../test/support/platform.js';
import { waitFor } from '../test/support/processes.js';
import { TestTokens } from '../test/support/tokens.js';
import { QUIET_PLATFORM_ENV } from './support/load.js';

const CHECKPOINT = 9500;
const WRITTEN_BEFORE_DEATH = 100;

const platform = new Platform();
let measured = false;
try {
  await platform.start({ env: { ...QUIET_PLATFORM_ENV, CATALOG_SEED_ON_START: 'true', CATALOG_SEED_DIR: join(ROOT, '../shared/datasets/movielens-small') } });
  const api = new Api((path) => platform.url(path));
  const tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  const importDone = (what: string) =>
    waitFor(what, async () => {
      const status = (await api.get<ImportStatusResponse>('/admin/catalog/import', tokens.sign({ role: 'staff' }))).body;
      if (status.status === 'failed') throw new Error(`${what} failed: ${status.error}`);
      return status.status === 'done' ? status : undefined;
    }, 1_800_000, 1000);

  const full = await importDone('full seed import');
  const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  let stored = 0;
  try {
    const db = mongo.db(`${platform.runId}catalog`);
    const titles = db.collection<{ externalIds?: { movieLens?: number } }>('titles');
    // The import goes in file order, which is MovieLens id order.
    const seedIds = (await titles.find({}, { projection: { 'externalIds.movieLens': 1 } }).toArray())
      .sort((a, b) => (a.externalIds?.movieLens ?? 0) - (b.externalIds?.movieLens ?? 0))
      .map((title) => title._id);
    await platform.app('catalog').stop();
    await titles.deleteMany({ _id: { $in: seedIds.slice(CHECKPOINT + WRITTEN_BEFORE_DEATH) } });
    await db.collection<{ _id: string }>('import_runs').updateOne({ _id: 'movielens-seed' }, { $set: { status: 'running', processed: CHECKPOINT, owner: 'dead-replica', leaseUntil: new Date(0) } });
    platform.app('catalog').start(); // an unfinished run is resumed on start
    await platform.waitUntilReady(1_800_000);
    const resumed = await importDone('resumed seed import');
    stored = await titles.countDocuments();
    measured = stored === full.total;
    const seconds = (ms: number | null) => ((ms ?? NaN) / 1000).toFixed(1);
    console.log(`full import: ${full.total} titles in ${seconds(full.durationMs)} s`);
    console.log(`resume at ${CHECKPOINT} (${full.total - CHECKPOINT - WRITTEN_BEFORE_DEATH} titles missing): ${seconds(resumed.durationMs)} s, ${(((resumed.durationMs ?? NaN) / (full.durationMs ?? NaN)) * 100).toFixed(0)} % of the full import; ${stored} titles stored`);
  } finally {
    await mongo.close();
  }
  if (!measured) throw new Error(`the resumed import left ${stored} titles, not ${full.total}`);
} finally {
  await platform.stop();
  if (measured) rmSync(platform.logDir, { recursive: true, force: true });
}
