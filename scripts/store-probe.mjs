// Write probe for the document store (scripts/infra.sh, the test setup): a dead or stuck store can
// still accept connections and answer a ping; a write it must persist shows whether it works.
// Usage: node scripts/store-probe.mjs MONGO_URL [timeout seconds]. Exit 0 = written, 1 = not.
import { MongoClient } from 'mongodb';

const [url = 'mongodb://127.0.0.1:27017', seconds = '20'] = process.argv.slice(2);
const timeoutMs = Number(seconds) * 1000;
const client = new MongoClient(url, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs, socketTimeoutMS: timeoutMs });
try {
  // A fixed one-document collection in a database of its own that is never dropped.
  await client.db('onstream_health').collection('probe').updateOne({ _id: 'write-probe' }, { $set: { at: new Date() } }, { upsert: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await client.close(true);
}
