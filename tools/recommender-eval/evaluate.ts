// Offline evaluation of recommendations on MovieLens: `npm run eval:recommender [dataset dir]`.
// Splits each user's ratings by time (newest 20 % held out, relevant = rated ≥ 4), trains on the
// past and reports NDCG@10, recall@10 and catalogue coverage. "Ours" is the service's own code:
// the training job's `trainForYouModel`, the request's `profileSignals` and `rankForProfile`, topped
// up with the training period's popularity. EASE is dense: EASE_ITEMS (default 2000) most active items.
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { easeRecommender } from '../../apps/catalog/src/recommendations/evaluation/ease.js';
import { ndcgAtK, recallAtK } from '../../apps/catalog/src/recommendations/evaluation/ranking-metrics.js';
import { popularityRecommender, splitByTime, userKnnRecommender, type Rating, type Recommender } from '../../apps/catalog/src/recommendations/evaluation/recommenders.js';
import { profileSignals } from '../../apps/catalog/src/recommendations/for-you.js';
import { indexOfItems, popularItems, rankForProfile, type ItemModel } from '../../apps/catalog/src/recommendations/model/item-model.js';
import { trainForYouModel, trainItemModel } from '../../apps/catalog/src/recommendations/model/item-model.trainer.js';

const K = 10;
const directory = resolve(process.argv[2] ?? '../shared/datasets/movielens-small');
const easeItems = Number(process.env.EASE_ITEMS ?? 2000);

async function readRatings(): Promise<Rating[]> {
  const ratings: Rating[] = [];
  const rows = createReadStream(join(directory, 'ratings.csv')).pipe(parse({ columns: true, skip_empty_lines: true })) as AsyncIterable<Record<string, string>>;
  for await (const row of rows) ratings.push({ userId: Number(row.userId), itemId: Number(row.movieId), rating: Number(row.rating), timestamp: Number(row.timestamp) });
  return ratings;
}

function evaluate(name: string, recommend: Recommender, relevant: Map<number, Set<number>>, catalogueSize: number) {
  const started = Date.now();
  let ndcg = 0;
  let recall = 0;
  const shown = new Set<number>();
  for (const [userId, liked] of relevant) {
    const list = recommend(userId, K);
    list.forEach((item) => shown.add(item));
    ndcg += ndcgAtK(list, liked, K);
    recall += recallAtK(list, liked, K);
  }
  return { name, ndcg: ndcg / relevant.size, recall: recall / relevant.size, coverage: shown.size / catalogueSize, seconds: (Date.now() - started) / 1000 };
}

/** A user's training ratings as the service sees a profile's, served by the service's functions. */
function serving(model: ItemModel<string>, train: Map<number, Rating[]>): Recommender {
  const index = indexOfItems(model);
  return (userId, count) => {
    const own = train.get(userId) ?? [];
    const ratings = own.map((rating) => ({ titleId: String(rating.itemId), stars: rating.rating, ratedAt: new Date(rating.timestamp * 1000) }));
    const seen = new Set(ratings.map((rating) => rating.titleId));
    const accept = (item: string) => !seen.has(item);
    const picked = rankForProfile(model, index, profileSignals({ ratings, favorites: [], history: [] }), count, accept);
    const topUp = popularItems(model, count - picked.length, (item) => accept(item) && !picked.includes(item));
    return [...picked, ...topUp].map(Number);
  };
}

function timed<T>(build: () => T): [T, number] {
  const started = Date.now();
  return [build(), (Date.now() - started) / 1000];
}

const ratings = await readRatings();
const { train, relevant } = splitByTime(ratings);
const catalogueSize = new Set(ratings.map((rating) => rating.itemId)).size;
const trainRatings = [...train.values()].flat();
const [ours, oursSeconds] = timed(() => trainForYouModel(trainRatings.map((r) => ({ userId: r.userId, itemId: String(r.itemId), stars: r.rating }))));
// Classic item-kNN: cosine over who rated what (any stars), 50 neighbours, served the same way.
const [itemKnn, itemKnnSeconds] = timed(() => trainItemModel(trainRatings.map((r) => ({ userId: r.userId, itemId: String(r.itemId), weight: 1 })), { similarity: { kind: 'cosine' }, neighbours: 50 }));
const [ease, easeSeconds] = timed(() => easeRecommender(train, 200, easeItems));
const results = [
  { ...evaluate('popularity (training period)', popularityRecommender(train), relevant, catalogueSize), train: 0 },
  { ...evaluate('item-kNN (cosine, 50 neighbours)', serving(itemKnn, train), relevant, catalogueSize), train: itemKnnSeconds },
  { ...evaluate('user-kNN (before ADR 0018, no caps)', userKnnRecommender(train), relevant, catalogueSize), train: 0 },
  { ...evaluate(`EASE (λ = 200, ${easeItems} most active items)`, ease, relevant, catalogueSize), train: easeSeconds },
  { ...evaluate('RP3beta (ours, the service’s code)', serving(ours, train), relevant, catalogueSize), train: oursSeconds },
];

const pct = (value: number) => `${(value * 100).toFixed(2)} %`;
process.stdout.write(`MovieLens ${directory}: ${ratings.length} ratings, ${train.size} users, ${relevant.size} evaluated, ${catalogueSize} items\n\n`);
process.stdout.write(`| recommender | NDCG@${K} | recall@${K} | coverage | train s | serve all s |\n| --- | --- | --- | --- | --- | --- |\n`);
for (const r of results) process.stdout.write(`| ${r.name} | ${r.ndcg.toFixed(4)} | ${r.recall.toFixed(4)} | ${pct(r.coverage)} | ${r.train.toFixed(1)} | ${r.seconds.toFixed(1)} |\n`);
