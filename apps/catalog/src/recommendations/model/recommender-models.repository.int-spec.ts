import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Test, type TestingModule } from '@nestjs/testing';
import { RecommenderItem, RecommenderItemSchema, RecommenderModel, RecommenderModelSchema } from '@onstream/common/schemas/recommender-model.schema.js';
import type { Model } from 'mongoose';
import { trainForYouModel } from './item-model.trainer.js';
import { RecommenderModelsRepository } from './recommender-models.repository.js';

// Real FerretDB from `scripts/infra.sh up`, a database of its own.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';

describe('RecommenderModelsRepository (FerretDB)', () => {
  let moduleRef: TestingModule;
  let models: RecommenderModelsRepository;

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        MongooseModule.forRoot(MONGO_URL, { dbName: `it_${Math.random().toString(36).slice(2, 10)}_catalog`, serverSelectionTimeoutMS: 3000 }),
        MongooseModule.forFeature([
          { name: RecommenderModel.name, schema: RecommenderModelSchema },
          { name: RecommenderItem.name, schema: RecommenderItemSchema },
        ]),
      ],
      providers: [RecommenderModelsRepository],
    }).compile();
    models = moduleRef.get(RecommenderModelsRepository);
  }, 30_000);

  afterAll(async () => {
    await moduleRef.get<Model<RecommenderModel>>(getModelToken(RecommenderModel.name)).db.dropDatabase();
    await moduleRef.close();
  }, 30_000);

  const trained = trainForYouModel(['a', 'b', 'c'].flatMap((userId, n) => ['heat', 'ronin', 'thief', 'cars'].slice(n).map((itemId) => ({ userId, itemId, stars: 5 }))));

  it('loads a stored model exactly as it was trained, and only once it is ready', async () => {
    expect(await models.latestReady()).toBeNull();
    await models.save('1-000', trained, new Date(1000), 9);
    expect(await models.latestReady()).toMatchObject({ _id: '1-000', items: trained.itemIds.length, signals: 9 });
    const loaded = await models.load('1-000');
    expect(loaded.itemIds).toEqual(trained.itemIds);
    expect(loaded.neighbours).toEqual(trained.neighbours);
    expect(loaded.weights).toEqual(trained.weights);
    expect(loaded.popular).toEqual(trained.popular);
  }, 30_000);

  it('keeps the two newest ready models and drops unfinished ones left by a dead run', async () => {
    const modelsCollection = moduleRef.get<Model<RecommenderModel>>(getModelToken(RecommenderModel.name));
    await modelsCollection.create({ _id: '0-dead', state: 'building', trainedAt: new Date(500), items: 1, signals: 1 });
    await models.save('2-000', trained, new Date(2000), 9);
    await models.save('3-000', trained, new Date(3000), 9);
    await models.prune(new Date(10_000), 1000);
    expect((await modelsCollection.find({}, { _id: 1 }).lean<Array<{ _id: string }>>().exec()).map((m) => m._id).sort()).toEqual(['2-000', '3-000']);
    expect(await moduleRef.get<Model<RecommenderItem>>(getModelToken(RecommenderItem.name)).countDocuments({ version: '1-000' })).toBe(0);
    expect((await models.latestReady())?._id).toBe('3-000');
  }, 30_000);
});
