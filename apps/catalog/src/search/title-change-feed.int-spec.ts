import { Test, type TestingModule } from '@nestjs/testing';
import { getConnectionToken, getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Clock, loadConfig, serviceDatabase } from '@onstream/common';
import { Title, TitleSchema } from '@onstream/common/schemas/title.schema.js';
import { Types, type Connection, type Model } from 'mongoose';
import { TitleBrowseIndex } from '../browse/title-browse-index.js';
import { CatalogConfig } from '../catalog.config.js';
import { newTitleFields } from '../titles/title-fields.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import type { CatalogBroadcastBus } from './catalog-broadcast.bus.js';
import { TitleChangeFeed } from './title-change-feed.js';
import { TitleSearchIndex } from './title-search-index.js';

/** Every broadcast is lost: the writer crashed after its write, or the other replica was reconnecting to NATS. */
const lostBroadcasts = { subscribe: async () => undefined, publish: async () => undefined } as unknown as CatalogBroadcastBus;

/** A clock the spec moves, so a catch-up can begin before a write this replica applies. */
class MovableClock extends Clock {
  offsetMs = 0;
  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

// Two catalog replicas' indexes over one real store, every broadcast between them lost.
describe('TitleChangeFeed catch-up (real store)', () => {
  let moduleRef: TestingModule;
  let titles: TitlesRepository;
  let model: Model<Title>;
  const fields = (title: string) => ({ ...newTitleFields({ type: 'movie', title, maturityLevel: 'all' }), cast: [], crew: [], parentId: null, tags: [] });
  const create = async (title: string, id?: Types.ObjectId) => (await titles.create(fields(title), id))._id.toHexString();

  /** A replica's feed and indexes, built from the store as at its start (its catch-up timer off: the spec calls it). */
  async function replica(clock: Clock = new Clock()) {
    const browse = new TitleBrowseIndex();
    const search = new TitleSearchIndex();
    const feed = new TitleChangeFeed(titles, search, browse, lostBroadcasts, { CATALOG_INDEX_CATCH_UP_MS: 0 } as CatalogConfig, clock);
    await feed.onApplicationBootstrap();
    return { feed, browse, search, titleOf: (id: string) => browse.get(id)?.title };
  }

  beforeAll(async () => {
    const config = loadConfig(CatalogConfig, { ...process.env, MONGO_DB_PREFIX: `it_${Math.random().toString(36).slice(2, 10)}_`, LOG_LEVEL: 'warn' });
    moduleRef = await Test.createTestingModule({
      imports: [serviceDatabase(config, 'catalog'), MongooseModule.forFeature([{ name: Title.name, schema: TitleSchema }])],
      providers: [TitlesRepository],
    }).compile();
    await moduleRef.init();
    titles = moduleRef.get(TitlesRepository);
    model = moduleRef.get(getModelToken(Title.name));
  });

  afterAll(async () => {
    await moduleRef.get<Connection>(getConnectionToken()).dropDatabase();
    await moduleRef.close();
  });

  it('brings an edit, a creation and a deletion made on one replica to the other at its next catch-up', async () => {
    const [edited, deleted] = [await create('Old Name'), await create('Doomed')];
    const [a, b] = [await replica(), await replica()];
    const written = await titles.update(edited, { title: 'New Name' });
    if (!written) throw new Error('the edited title is gone');
    await a.feed.titlesWritten([written]);
    const created = await create('Brand New');
    await a.feed.titlesChanged([created]);
    await a.feed.titlesChanged(await titles.deleteTree(deleted));
    const seenByB = () => [b.titleOf(edited), b.titleOf(created), b.titleOf(deleted), b.search.search('Brand New', { types: ['movie'], maxMaturityRank: 10 }).some((hit) => hit.id === created)];
    expect(seenByB()).toEqual(['Old Name', undefined, 'Doomed', false]);
    await b.feed.catchUp();
    expect(seenByB()).toEqual(['New Name', 'Brand New', undefined, true]);
    expect([a.titleOf(edited), a.titleOf(created), a.titleOf(deleted)]).toEqual(['New Name', 'Brand New', undefined]);
  });

  it('keeps a title deleted and written again under the same id (a creator video made public again)', async () => {
    const id = new Types.ObjectId();
    await create('Creator Video', id);
    const b = await replica();
    await titles.deleteTree(id.toHexString());
    await create('Creator Video, public again', id);
    await b.feed.catchUp();
    expect(b.titleOf(id.toHexString())).toBe('Creator Video, public again');
  });

  it('leaves a title this replica applied after a catch-up began its read (the read may hold the version before)', async () => {
    const clock = new MovableClock();
    const id = await create('Stored Before');
    const a = await replica(clock);
    const applied = await titles.findById(id);
    if (!applied) throw new Error('the title is gone');
    // The replica's own write lands while a catch-up's read is under way: that read still holds the stored version.
    clock.offsetMs = 5_000;
    await a.feed.titlesWritten([{ ...applied, title: 'Applied Since' }]);
    clock.offsetMs = 0;
    await a.feed.catchUp();
    expect(a.titleOf(id)).toBe('Applied Since');
    clock.offsetMs = 10_000;
    await a.feed.catchUp();
    expect(a.titleOf(id)).toBe('Stored Before');
  });

  it('applies a bulk write of more titles than one batch at the next catch-up', async () => {
    const b = await replica();
    const bulk = Array.from({ length: 2_005 }, (_, i) => fields(`Imported ${i}`));
    const ids = (await model.insertMany(bulk)).map((title) => title._id.toHexString());
    await b.feed.catchUp();
    expect([b.titleOf(ids[0]), b.titleOf(ids[ids.length - 1])]).toEqual(['Imported 0', `Imported ${ids.length - 1}`]);
  });
});
