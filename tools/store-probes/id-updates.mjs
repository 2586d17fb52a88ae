// Times 9,742 inserts, a $in lookup and 242 updates by _id on a collection with the titles' indexes (ADR 0016).
// Usage: node tools/store-probes/id-updates.mjs MONGO_URL
import { MongoClient, ObjectId } from 'mongodb';
const url = process.argv[2]; const N = Number(process.argv[3] ?? 9742);
const client = new MongoClient(url); await client.connect();
const db = client.db(`probe_${Math.random().toString(36).slice(2, 8)}`);
const c = db.collection('titles');
const idx = [{ type: 1, popularity: -1 }, { genres: 1, popularity: -1 }, { releaseDate: -1 }, { voteAverage: -1 }, { sortTitle: 1 }, { 'externalIds.tmdb': 1 }, { 'externalIds.movieLens': 1 }, { parentId: 1 }, { tags: 1 }, { mediaVideoId: 1 }, { providerKeys: 1 }, { 'tmdbTrending.day': 1 }, { 'tmdbTrending.week': 1 }, { 'cast.personId': 1 }, { 'crew.personId': 1 }];
const t = async (label, fn) => { const s = Date.now(); const r = await fn(); console.log(`${label}: ${Date.now() - s} ms`); return r; };
await t('createIndexes', () => c.createIndexes(idx.map((key) => ({ key }))));
const id = (i) => new ObjectId(`6d6c${i.toString(16).padStart(20, '0')}`);
const doc = (i, v = 0) => ({ _id: id(i), type: 'movie', title: `Title ${i}`, sortTitle: `title ${i}`, releaseYear: 1990 + (i % 30), genres: ['Drama', 'Comedy'], voteAverage: 7, voteCount: i + v, popularity: i, keywords: ['a', 'b', 'c'], externalIds: { movieLens: i, tmdb: i } });
for (let s = 0; s < N; s += 500) await t(`insertMany ${s}`, () => c.insertMany(Array.from({ length: Math.min(500, N - s) }, (_, k) => doc(s + k)), { ordered: false }));
const last = Array.from({ length: 242 }, (_, k) => N - 242 + k);
await t('find $in 242 ids', () => c.find({ _id: { $in: last.map(id) } }, { projection: { _id: 1 } }).toArray());
for (let s = 0; s < 242; s += 25) await t(`bulk updateOne x${Math.min(25, 242 - s)}`, () => c.bulkWrite(last.slice(s, s + 25).map((i) => ({ updateOne: { filter: { _id: id(i) }, update: { $set: { voteCount: i + 1, 'externalIds.movieLens': i } } } })), { ordered: false }));
await t('single updateOne', () => c.updateOne({ _id: id(5) }, { $set: { voteCount: 1 } }));
await t('countDocuments', () => c.countDocuments());
await t('dropDatabase', () => db.dropDatabase());
await client.close();
