// Control: drop databases while readers still scan them, but nothing writes to a dropped name again.
// Usage: node tools/store-probes/drop-after-writers.mjs MONGO_URL [rounds] [ms]. The control for drop-recreate.mjs.
import { MongoClient } from 'mongodb';
const url = process.argv[2]; const rounds = Number(process.argv[3] ?? 20); const pauseMs = Number(process.argv[4] ?? 1500);
const client = new MongoClient(url, { maxPoolSize: 30 }); const dropper = new MongoClient(url);
await client.connect(); await dropper.connect();
let stop = false; let round = 0; let writing = true; let busyWriters = 0; const stats = { writes: 0, scans: 0, errors: 0 };
const c = () => client.db(`crash_r${round}`).collection('c');
const guard = async (fn) => { try { await fn(); } catch { stats.errors++; } };
const writer = async () => { while (!stop) { if (writing) { busyWriters++; await guard(async () => { await c().insertMany(Array.from({ length: 200 }, (_, i) => ({ i, pad: 'x'.repeat(1000) })), { ordered: false }); stats.writes++; }); busyWriters--; } else await new Promise((r) => setTimeout(r, 20)); } };
const reader = async () => { while (!stop) await guard(async () => { await c().find({ pad: { $ne: 'y' } }).toArray(); stats.scans++; }); };
const loops = [...Array.from({ length: 4 }, writer), ...Array.from({ length: 4 }, reader)];
for (; round < rounds && !stop; ) {
  writing = true;
  await new Promise((r) => setTimeout(r, pauseMs));
  writing = false; // writers finish their current insert; readers keep scanning through the drop
  while (busyWriters > 0) await new Promise((r) => setTimeout(r, 20)); // every insert answered: nothing writes to this name again
  try { await dropper.db(`crash_r${round}`).dropDatabase(); } catch (e) { console.log(`round ${round}: drop failed: ${e.message}`); stop = true; }
  await new Promise((r) => setTimeout(r, 200));
  if (round % 10 === 0) console.log(`round ${round}: ${JSON.stringify(stats)}`);
  round++;
}
stop = true; await Promise.allSettled(loops); await client.close().catch(() => {}); await dropper.close().catch(() => {});
