// Lost updates: N concurrent $inc on one document, and N concurrent conditional claims of one document.
// Usage: node tools/store-probes/lost-updates.mjs MONGO_URL
import { MongoClient } from 'mongodb';
const url = process.argv[2]; const N = 50;
const client = new MongoClient(url, { maxPoolSize: N }); await client.connect();
const db = client.db(`incs_${Math.random().toString(36).slice(2, 8)}`); const c = db.collection('c');
await c.insertOne({ _id: 'counter', n: 0 }); await c.insertOne({ _id: 'job', owner: null });
await Promise.all(Array.from({ length: N }, () => c.updateOne({ _id: 'counter' }, { $inc: { n: 1 } })));
const claims = await Promise.all(Array.from({ length: N }, (_, i) => c.updateOne({ _id: 'job', owner: null }, { $set: { owner: i } })));
console.log(`${N} concurrent $inc -> n = ${(await c.findOne({ _id: 'counter' })).n}; ${N} concurrent claims of one job -> ${claims.filter((r) => r.modifiedCount === 1).length} winners`);
await db.dropDatabase(); await client.close();
