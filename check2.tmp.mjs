import { MongoClient } from 'mongodb';
const t0 = Date.now();
const client = new MongoClient('mongodb://127.0.0.1:27017', { serverSelectionTimeoutMS: 3000 });
const r = await client.db('admin').admin().listDatabases({ nameOnly: true }); console.log('list', Date.now() - t0, r.databases.length, r.databases.filter(d=>d.name.startsWith('e2e_')).length);
await client.close();
