import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Test, type TestingModule } from '@nestjs/testing';
import { TrendingSnapshot, TrendingSnapshotSchema } from '@onstream/common/schemas/trending-snapshot.schema.js';
import type { Model } from 'mongoose';
import { TrendingSnapshotsRepository } from './trending-snapshots.repository.js';

// Real FerretDB from `scripts/infra.sh up`, a database of its own.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';

describe('TrendingSnapshotsRepository (FerretDB)', () => {
  let moduleRef: TestingModule;
  let snapshots: TrendingSnapshotsRepository;

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        MongooseModule.forRoot(MONGO_URL, { dbName: `it_${Math.random().toString(36).slice(2, 10)}_catalog`, serverSelectionTimeoutMS: 3000 }),
        MongooseModule.forFeature([{ name: TrendingSnapshot.name, schema: TrendingSnapshotSchema }]),
      ],
      providers: [TrendingSnapshotsRepository],
    }).compile();
    snapshots = moduleRef.get(TrendingSnapshotsRepository);
  });

  afterAll(async () => {
    await moduleRef.get<Model<TrendingSnapshot>>(getModelToken(TrendingSnapshot.name)).db.dropDatabase();
    await moduleRef.close();
  });

  const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 12, minute));
  const scores = (videoId: string) => [{ videoId, score: 1, views: 1, watchSec: 0 }];

  it('keeps the newest snapshot whatever order the events arrive in, and a repeat changes nothing', async () => {
    expect(await snapshots.saveIfNewer('24h', at(5), scores('newer'))).toBe(true);
    expect(await snapshots.saveIfNewer('24h', at(1), scores('late'))).toBe(false);
    expect(await snapshots.saveIfNewer('24h', at(5), scores('repeat'))).toBe(false);
    expect(await snapshots.find('24h')).toMatchObject({ computedAt: at(5), entries: [{ videoId: 'newer' }] });
    expect(await snapshots.saveIfNewer('24h', at(9), scores('next'))).toBe(true);
    expect((await snapshots.find('24h'))?.entries.map((entry) => entry.videoId)).toEqual(['next']);
  });

  it('keeps the windows apart', async () => {
    await snapshots.saveIfNewer('7d', at(2), scores('week'));
    expect((await snapshots.find('7d'))?.entries.map((entry) => entry.videoId)).toEqual(['week']);
    expect((await snapshots.find('24h'))?.entries.map((entry) => entry.videoId)).toEqual(['next']);
  });
});
