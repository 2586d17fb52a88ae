// Offline evaluation of recommendations on MovieLens: `npm run eval:recommender [dataset dir]`.
// Splits each user's ratings by time (newest 20 % held out), trains on the past and reports
// NDCG@10, recall@10 and catalogue coverage for our collaborative recommender next to popularity.
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { ndcgAtK, recallAtK } from '../../apps/catalog/src/recommendations/evaluation/ranking-metrics.js';
import { popularityRecommender, splitByTime, userKnnRecommender, type Rating, type Recommender } from '../../apps/catalog/src/recommendations/evaluation/recommenders.js';

const K = 10;
const directory = resolve(process.argv[2] ?? '../shared/datasets/movielens-small');

async function readRatings(): Promise<Rating[]> {
  const ratings: Rating[] = [];
  const rows = createReadStream(join(directory, 'ratings.csv')).pipe(parse({ columns: true, skip_empty_lines: true })) as AsyncIterable<Record<string, string>>;
  for await (const row of rows) ratings.push({ userId: Number(row.userId), itemId: Number(row.movieId), rating: Number(row.rating), timestamp: Number(row.timestamp) });
  return ratings;
}

function evaluate(name: string, recommend: Recommender, relevant: Map<number, Set<number>>, catalogueSize: number) {
  let ndcg = 0;
  let recall = 0;
  const shown = new Set<number>();
  for (const [userId, liked] of relevant) {
    const list = recommend(userId, K);
    list.forEach((item) => shown.add(item));
    ndcg += ndcgAtK(list, liked, K);
    recall += recallAtK(list, liked, K);
  }
  return { name, ndcg: ndcg / relevant.size, recall: recall / relevant.size, coverage: shown.size / catalogueSize };
}

const started = Date.now();
const ratings = await readRatings();
const { train, relevant } = splitByTime(ratings);
const catalogueSize = new Set(ratings.map((rating) => rating.itemId)).size;
const results = [evaluate('popularity (baseline)', popularityRecommender(train), relevant, catalogueSize), evaluate('user-kNN collaborative (ours)', userKnnRecommender(train), relevant, catalogueSize)];

const pct = (value: number) => `${(value * 100).toFixed(2)} %`;
process.stdout.write(`MovieLens ${directory}: ${ratings.length} ratings, ${train.size} users, ${relevant.size} evaluated, ${catalogueSize} items; ${((Date.now() - started) / 1000).toFixed(1)} s\n\n`);
process.stdout.write(`| recommender | NDCG@${K} | recall@${K} | coverage |\n| --- | --- | --- | --- |\n`);
for (const result of results) process.stdout.write(`| ${result.name} | ${result.ndcg.toFixed(4)} | ${result.recall.toFixed(4)} | ${pct(result.coverage)} |\n`);
