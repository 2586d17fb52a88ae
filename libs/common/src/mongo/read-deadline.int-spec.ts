import { randomUUID } from 'node:crypto';
import { getConnectionToken, getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import type { ServiceConfig } from '../config/base.config.js';
import { ErrorCodes } from '../errors/error-codes.js';
import { runInRequestContext } from '../logging/request-context.js';
import { serviceDatabase } from './mongo-connection.js';
import { readsWithinDeadline } from './read-deadline.js';

// The store from `scripts/infra.sh up`, with the plugin installed on the connection as serviceDatabase does.
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const DOCUMENTS = 20_000;

interface Item {
  n: number;
  pad: string;
}

// The work awaits inside the context, as a handler does (a mongoose query runs when it is awaited).
const inRequest = <T>(budgetMs: number, work: () => PromiseLike<T>) => runInRequestContext(randomUUID(), async () => await work(), undefined, Date.now() + budgetMs);
const shed = { status: 503, code: ErrorCodes.DeadlineExceeded };

describe('reads stop at the request deadline (real store)', () => {
  let connection: Connection;
  let items: Model<Item>;
  const sent: Array<{ name: string; maxTimeMS?: number }> = [];

  beforeAll(async () => {
    connection = mongoose.createConnection(MONGO_URL, { dbName: `it_deadline_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 3000, monitorCommands: true });
    connection.plugin(readsWithinDeadline);
    await connection.asPromise();
    connection.getClient().on('commandStarted', (event) => sent.push({ name: event.commandName, maxTimeMS: event.command.maxTimeMS as number | undefined }));
    items = connection.model<Item>('Item', new Schema<Item>({ n: Number, pad: String }));
    for (let from = 0; from < DOCUMENTS; from += 2000) {
      await items.insertMany(Array.from({ length: 2000 }, (_, i) => ({ n: from + i, pad: 'x'.repeat(300) })));
    }
  }, 120_000);

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  beforeEach(() => {
    sent.length = 0;
  });

  it('sends the time left as maxTimeMS with every read made for a request', async () => {
    await inRequest(10_000, async () => {
      await items.find({ n: 1 }).lean();
      await items.findOne({ n: 2 }).lean();
      await items.countDocuments({ n: 3 });
      await items.aggregate([{ $match: { n: 5 } }]);
    });

    expect(sent.map((command) => command.name)).toEqual(['find', 'find', 'aggregate', 'aggregate']);
    for (const command of sent) {
      expect(command.maxTimeMS).toBeGreaterThan(9000);
      expect(command.maxTimeMS).toBeLessThanOrEqual(10_000);
    }
  });

  it('leaves reads outside a request (jobs, events), distinct and every write unbounded', async () => {
    await items.find({ n: 1 }).lean();
    await inRequest(10_000, async () => {
      await items.distinct('n', { n: 4 });
      await items.updateOne({ n: 1 }, { $set: { pad: 'y' } });
      await items.create({ n: -1, pad: '' });
      await items.deleteOne({ n: -1 });
    });

    expect(sent.map((command) => command.name)).toEqual(['find', 'distinct', 'update', 'insert', 'delete']);
    expect(sent.every((command) => command.maxTimeMS === undefined)).toBe(true);
  });

  it('does not send a read whose caller has already given up', async () => {
    await expect(inRequest(-1, () => items.find({ n: 1 }).lean())).rejects.toMatchObject(shed);
    await expect(inRequest(-1, () => items.aggregate([{ $match: { n: 1 } }]))).rejects.toMatchObject(shed);

    expect(sent).toEqual([]);
  });

  it('a read the store stops at the deadline ends as the shed 503, not as an internal error', async () => {
    // An unindexed range over every document: how long it takes here unbounded, then with a tenth of that.
    const scan = () => items.find({ n: { $gte: DOCUMENTS * 10 } }).lean();
    const unboundedStart = Date.now();
    await scan();
    const unboundedMs = Date.now() - unboundedStart;
    const budget = Math.max(1, Math.floor(unboundedMs / 10));

    const boundedStart = Date.now();
    await expect(inRequest(budget, scan)).rejects.toMatchObject(shed);
    await expect(inRequest(budget, () => items.countDocuments({ n: { $gte: DOCUMENTS * 10 } }))).rejects.toMatchObject(shed);
    expect(Date.now() - boundedStart).toBeLessThan(unboundedMs);
  });
});

describe('serviceDatabase (the connection every service uses)', () => {
  it('installs the read deadline on the models its services register', async () => {
    const config = { MONGO_URL, MONGO_DB_PREFIX: `it_${randomUUID().slice(0, 8)}_` } as ServiceConfig;
    const moduleRef = await Test.createTestingModule({
      imports: [serviceDatabase(config, 'deadline'), MongooseModule.forFeature([{ name: 'Thing', schema: new Schema({ n: Number }) }])],
    }).compile();
    const things = moduleRef.get<Model<{ n: number }>>(getModelToken('Thing'));
    try {
      await expect(inRequest(-1, () => things.findOne({ n: 1 }).lean())).rejects.toMatchObject(shed);
      await expect(things.findOne({ n: 1 }).lean()).resolves.toBeNull();
    } finally {
      await moduleRef.get<Connection>(getConnectionToken()).dropDatabase();
      await moduleRef.close();
    }
  });
});
