import { Test, type TestingModule } from '@nestjs/testing';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { loadConfig, serviceDatabase } from '@onstream/common';
import { Title, TitleSchema } from '@onstream/common/schemas/title.schema.js';
import { WatchProvider, WatchProviderSchema } from '@onstream/common/schemas/watch-provider.schema.js';
import { Types, type Connection } from 'mongoose';
import { CatalogConfig } from '../catalog.config.js';
import { newTitleFields } from '../titles/title-fields.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { ProviderDataRepository } from './provider-data.repository.js';

// Provider-sourced writes against real FerretDB: the places its differences from MongoDB bite.
describe('ProviderDataRepository (FerretDB)', () => {
  let moduleRef: TestingModule;
  let data: ProviderDataRepository;
  let titles: TitlesRepository;
  const movie = async (title: string, tmdb: number, maturity: 'all' | '18+' = '18+') =>
    (await titles.create({ ...newTitleFields({ type: 'movie', title, externalIds: { tmdb }, maturityLevel: maturity }), cast: [], crew: [], parentId: null, tags: [] }))._id.toHexString();

  beforeAll(async () => {
    const config = loadConfig(CatalogConfig, { ...process.env, MONGO_DB_PREFIX: `it_${Math.random().toString(36).slice(2, 10)}_`, LOG_LEVEL: 'warn' });
    moduleRef = await Test.createTestingModule({
      imports: [serviceDatabase(config, 'catalog'), MongooseModule.forFeature([{ name: Title.name, schema: TitleSchema }, { name: WatchProvider.name, schema: WatchProviderSchema }])],
      providers: [ProviderDataRepository, TitlesRepository],
    }).compile();
    await moduleRef.init();
    data = moduleRef.get(ProviderDataRepository);
    titles = moduleRef.get(TitlesRepository);
  });

  afterAll(async () => {
    await moduleRef.get<Connection>(getConnectionToken()).dropDatabase();
    await moduleRef.close();
  });

  it('upserts an episode by TMDb id: a second write updates the same document', async () => {
    const parent = new Types.ObjectId();
    const fields = newTitleFields({ type: 'episode', title: 'Pilot', episodeNumber: 1, externalIds: { tmdb: 555 }, maturityLevel: '16+' });
    const first = await data.upsertChild(fields, parent);
    const second = await data.upsertChild({ ...fields, title: 'Pilot (extended)' }, parent);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.title._id.toHexString()).toBe(first.title._id.toHexString());
    expect(await titles.findById(first.title._id.toHexString())).toMatchObject({ title: 'Pilot (extended)', parentId: parent, cast: [], crew: [], maturityLevel: '16+' });
  });

  it('replaces a trending window: new ranks set, titles that dropped out cleared and named, the other window kept', async () => {
    const [a, b, c] = [await movie('A', 1), await movie('B', 2), await movie('C', 3)];
    await data.replaceTrendingRanks('day', new Map([[a, 1], [b, 2]]));
    await data.replaceTrendingRanks('week', new Map([[a, 1]]));
    expect(await data.replaceTrendingRanks('day', new Map([[c, 1], [a, 2]]))).toEqual([b]);
    const ranks = async (id: string) => (await titles.findById(id))?.tmdbTrending;
    expect([await ranks(a), await ranks(b), await ranks(c)]).toEqual([{ day: 2, week: 1 }, { day: null, week: null }, { day: 1, week: null }]);
  });

  it('lists the TMDb-trending titles best first within a list filter', async () => {
    const kids = await movie('Kids Trend', 4, 'all');
    await data.replaceTrendingRanks('week', new Map([[kids, 2], [await movie('Adult Trend', 5), 1]]));
    const top = (maxMaturityRank: number) => data.topByTmdbTrending('week', { types: ['movie'], maxMaturityRank }, 10);
    expect((await top(4)).map((title) => title.title)).toEqual(['Adult Trend', 'Kids Trend']);
    expect((await top(0)).map((title) => title.title)).toEqual(['Kids Trend']);
  });

  it('stores where to watch with subscription keys and remembers each provider’s countries', async () => {
    const id = await movie('Offered', 6);
    const netflix = { providerId: 8, name: 'Netflix', logoPath: '/n.jpg', displayPriority: 4 };
    const apple = { providerId: 2, name: 'Apple TV', logoPath: null, displayPriority: 6 };
    const entries = [{ country: 'DE', link: null, flatrate: [netflix], rent: [apple], buy: [] }, { country: 'US', link: null, flatrate: [netflix], rent: [], buy: [] }];
    await data.setWatchProviders(id, entries, new Date());
    await data.rememberProviders(entries);
    await data.rememberProviders([{ country: 'FR', link: null, flatrate: [netflix], rent: [], buy: [] }]);
    expect((await titles.findById(id))?.providerKeys).toEqual(['DE:8', 'US:8']);
    expect(await data.listProviders('FR')).toEqual([{ providerId: 8, name: 'Netflix', logoPath: '/n.jpg', displayPriority: 4, countries: ['DE', 'FR', 'US'] }]);
    expect(await data.unknownProviderIds([8, 2, 99])).toEqual([99]);
  });
});
