import { jest } from '@jest/globals';
import type { AuthUser, TitleDetails, TitleInput } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Types } from 'mongoose';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import type { TitleFields } from '../titles/title-fields.js';
import type { TitlesService } from '../titles/titles.service.js';
import type { MetadataProvider, ProviderSeason } from './metadata-provider.js';
import type { ProviderDataRepository } from './provider-data.repository.js';
import { SeriesImportService } from './series-import.service.js';
import type { WatchProvidersService } from './watch-providers.service.js';

const actor: AuthUser = { userId: 'u', sessionId: 's', role: 'staff', tokenType: 'access', kidProfile: false };
const SERIES_ID = '64b0000000000000000000a1';
const series: TitleInput = { type: 'series', title: 'Game of Thrones', certifications: [{ country: 'US', certification: 'TV-MA' }], externalIds: { tmdb: 1399 } };
const season = (n: number, episodes: number): ProviderSeason => ({
  season: { type: 'season', title: `Season ${n}`, seasonNumber: n, externalIds: { tmdb: 3600 + n } },
  episodes: Array.from({ length: episodes }, (_, i) => ({ type: 'episode', title: `E${i + 1}`, seasonNumber: n, episodeNumber: i + 1, externalIds: { tmdb: 60000 + n * 100 + i } })),
});

function setup(existing: ReturnType<typeof storedTitle> | null) {
  const written: Array<{ fields: TitleFields; parentId: string }> = [];
  const data = strictMock<ProviderDataRepository>('data', {
    findByTmdbId: jest.fn<ProviderDataRepository['findByTmdbId']>().mockResolvedValue(existing),
    upsertChild: jest.fn<ProviderDataRepository['upsertChild']>(async (fields, parentId) => {
      written.push({ fields, parentId: parentId.toHexString() });
      const title = storedTitle({ _id: new Types.ObjectId(`64b00000000000000000${String(written.length).padStart(4, '0')}`), type: fields.type, title: fields.title });
      // The first episode of season 1 existed before this import.
      return { title, created: !(fields.type === 'episode' && fields.seasonNumber === 1 && fields.episodeNumber === 1) };
    }),
  });
  const details = { id: SERIES_ID, maturityLevel: '18+' } as TitleDetails;
  const titlesService = strictMock<TitlesService>('titlesService', {
    create: jest.fn<TitlesService['create']>().mockResolvedValue(details),
    update: jest.fn<TitlesService['update']>().mockResolvedValue(details),
    announceEpisode: jest.fn<TitlesService['announceEpisode']>().mockResolvedValue(undefined),
  });
  const changes = strictMock<TitleChangeFeed>('changes', { titlesChanged: jest.fn<TitleChangeFeed['titlesChanged']>().mockResolvedValue(undefined) });
  const watch = strictMock<WatchProvidersService>('watch', { syncQuietly: jest.fn<WatchProvidersService['syncQuietly']>().mockResolvedValue(undefined) });
  const provider = strictMock<MetadataProvider>('provider', {
    name: 'tmdb',
    series: jest.fn<MetadataProvider['series']>().mockResolvedValue({ series, seasonNumbers: [1, 2, 3] }),
    // Season 3 is announced but TMDb has no page for it yet.
    season: jest.fn<MetadataProvider['season']>(async (_id, n) => (n === 3 ? null : season(n, n === 1 ? 2 : 1))),
  });
  return { service: new SeriesImportService(data, titlesService, changes, watch, provider), written, titlesService, changes, watch };
}

describe('SeriesImportService.importSeries', () => {
  it('creates a new series, then its seasons under it and episodes under each season, with the series’ maturity', async () => {
    const { service, written, titlesService, changes, watch } = setup(null);
    expect(await service.importSeries({ actor, tmdbId: 1399 })).toMatchObject({ seasons: 2, episodes: 3 });
    expect(titlesService.create).toHaveBeenCalledWith({ actor, title: series });
    expect(written.map((w) => [w.fields.type, w.fields.title, w.fields.maturityLevel])).toEqual([
      ['season', 'Season 1', '18+'], ['episode', 'E1', '18+'], ['episode', 'E2', '18+'], ['season', 'Season 2', '18+'], ['episode', 'E1', '18+'],
    ]);
    expect(written[0]?.parentId).toBe(SERIES_ID);
    expect(written[1]?.parentId).toBe('64b000000000000000000001');
    expect(changes.titlesChanged).toHaveBeenCalledTimes(1);
    expect(watch.syncQuietly).toHaveBeenCalledWith({ id: SERIES_ID, type: 'series', tmdbId: 1399 });
  });

  it('announces only the episodes the import created, not the ones it refreshed', async () => {
    const { service, titlesService } = setup(null);
    await service.importSeries({ actor, tmdbId: 1399 });
    const announced = jest.mocked(titlesService.announceEpisode).mock.calls.map(([episode]) => [episode.type, episode.title]);
    expect(announced).toEqual([['episode', 'E2'], ['episode', 'E1']]);
  });

  it('refreshes the series that already has the TMDb id instead of creating a second one', async () => {
    const existing = storedTitle({ type: 'series', externalIds: { tmdb: 1399 } });
    const { service, titlesService } = setup(existing);
    await service.importSeries({ actor, tmdbId: 1399 });
    const { type: _type, ...changes } = series;
    expect(titlesService.update).toHaveBeenCalledWith({ actor, id: existing._id.toHexString(), changes });
    expect(titlesService.create).not.toHaveBeenCalled();
  });

  it('answers 404 when the provider does not know the series', async () => {
    const provider = strictMock<MetadataProvider>('provider', { name: 'tmdb', series: jest.fn<MetadataProvider['series']>().mockResolvedValue(null) });
    const bare = new SeriesImportService(strictMock('data'), strictMock('titlesService'), strictMock('changes'), strictMock('watch'), provider);
    await expect(bare.importSeries({ actor, tmdbId: 1 })).rejects.toMatchObject({ status: 404, code: 'CATALOG.PROVIDER_TITLE_NOT_FOUND' });
  });
});
