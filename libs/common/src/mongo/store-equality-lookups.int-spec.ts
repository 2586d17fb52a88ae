import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';

// The store from `scripts/infra.sh up`. FerretDB 1.24 on PostgreSQL pushes `{field: value}` down as
// `(_jsonb -> 'field') @> value`, which its own btree indexes cannot serve: without the GIN twins that
// scripts/sql/ferretdb-equality-indexes.sql adds, every lookup by id or owner scanned the whole table (ADR 0034).
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const DOCUMENTS = 3000;

interface PlanNode {
  'Node Type'?: string;
  Plans?: PlanNode[];
}

/** Every node type of a PostgreSQL plan (FerretDB's explain) or every stage of a MongoDB winning plan. */
function planSteps(explain: Record<string, unknown>): string[] {
  const planner = explain.queryPlanner as { Plan?: PlanNode; winningPlan?: Record<string, unknown> } | undefined;
  if (planner?.Plan) {
    const walk = (node: PlanNode): string[] => [node['Node Type'] ?? '?', ...(node.Plans ?? []).flatMap(walk)];
    return walk(planner.Plan);
  }
  if (planner?.winningPlan) {
    const stages: string[] = [];
    const walk = (stage: Record<string, unknown>): void => {
      stages.push(String(stage.stage));
      if (stage.inputStage) walk(stage.inputStage as Record<string, unknown>);
    };
    walk(planner.winningPlan);
    return stages;
  }
  throw new Error(`unknown explain format: ${JSON.stringify(explain).slice(0, 300)}`);
}

const isFullScan = (step: string) => step === 'Seq Scan' || step === 'COLLSCAN';

describe('equality lookups in the store', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose.createConnection(MONGO_URL, { dbName: `it_lookups_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 3000 }).asPromise();
    const items = connection.collection<{ _id: string; owner: string; at: Date }>('items');
    // The index first, as the apps create theirs at start, then the documents.
    await items.createIndex({ owner: 1, at: -1 });
    await items.insertMany(Array.from({ length: DOCUMENTS }, (_, i) => ({ _id: `item-${i}`, owner: `owner-${i % 100}`, at: new Date(Date.now() - i) })));
  });

  afterAll(async () => {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close(true);
  });

  it.each([
    ['by _id', { _id: 'item-42' }],
    ['by the first field of an index', { owner: 'owner-7' }],
  ])('reads %s through an index, not a scan of the collection', async (_, filter: Record<string, string>) => {
    const explain = await connection.db!.command({ explain: { find: 'items', filter }, verbosity: 'queryPlanner' });
    const steps = planSteps(explain);
    expect(steps.filter(isFullScan)).toEqual([]);
    expect(steps.length).toBeGreaterThan(0);
    // And the answer is still right.
    expect(await connection.collection<{ _id: string }>('items').countDocuments(filter)).toBe('_id' in filter ? 1 : DOCUMENTS / 100);
  });
});
