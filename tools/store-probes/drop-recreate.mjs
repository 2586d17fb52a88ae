// Drop a database while other connections keep scanning and writing it; the writers re-create it.
// Usage: node tools/store-probes/drop-recreate.mjs MONGO_URL [rounds] [ms between drops]. On FerretDB 1.24 SQLite: SIGBUS.
import { MongoClient } from 'mongodb';
const url = process.argv[2]; const rounds = Number(process.argv[3] ?? 20); const pauseMs = Number(process.argv[4] ?? 1500);
const client = new MongoClient(url, { maxPoolSize: 30 }); const dropper = new MongoClient(url);
await client.connect(); await dropper.connect();
let stop = false; const stats = { writes: 0, scans: 0, errors: 0 }; const seen = new Set();
const c = () => client.db('crash_same').collection('c');
const guard = async (fn) => { try { await fn(); } catch (e) { stats.errors++; if (!seen.has(e.message.slice(0, 40))) { seen.add(e.message.slice(0, 40)); console.log('error:', e.message); } } };
const writer = async () => { while (!stop) await guard(async () => { await c().insertMany(Array.from({ length: 200 }, (_, i) => ({ i, pad: 'x'.repeat(1000) })), { ordered: false }); stats.writes++; }); };
const reader = async () => { while (!stop) await guard(async () => { await c().find({ pad: { $ne: 'y' } }).toArray(); stats.scans++; }); };
const loops = [...Array.from({ length: 4 }, writer), ...Array.from({ length: 4 }, reader)];
for (let round = 0; round < rounds && !stop; round++) {
  await new Promise((r) => setTimeout(r, pauseMs));
  try { await dropper.db('crash_same').dropDatabase(); } catch (e) { console.log(`round ${round}: drop failed: ${e.message}`); stop = true; }
  if (round % 5 === 0) console.log(`round ${round}: ${JSON.stringify(stats)}`);
}
stop = true; await Promise.allSettled(loops); await client.close().catch(() => {}); await dropper.close().catch(() => {});
