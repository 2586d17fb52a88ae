import { jest } from '@jest/globals';
import { DomainError, type AuthUser } from '@onstream/common';
import { Types } from 'mongoose';
import type { GenresService } from '../genres/genres.service.js';
import type { PeopleRepository } from '../people/people.repository.js';
import type { SimilarTitles } from '../recommendations/similar-titles.js';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import type { CatalogEventsPublisher } from './catalog-events.publisher.js';
import { storedTitle } from './stored-title.factory.js';
import { TitleMapper, type StoredTitle } from './title.mapper.js';
import type { TitlesRepository } from './titles.repository.js';
import { TitlesService } from './titles.service.js';

const actor = (overrides: Partial<AuthUser> = {}): AuthUser => ({ userId: 'u1', sessionId: 's1', role: 'staff', tokenType: 'access', kidProfile: false, ...overrides });

function setup(stored: StoredTitle[] = []) {
  const byId = new Map(stored.map((title) => [title._id.toHexString(), title]));
  const titles = {
    findById: jest.fn<TitlesRepository['findById']>(async (id) => byId.get(id) ?? null),
    findChildren: jest.fn<TitlesRepository['findChildren']>().mockResolvedValue([]),
    create: jest.fn<TitlesRepository['create']>(async (fields) => storedTitle({ ...fields })),
    update: jest.fn<TitlesRepository['update']>(async (id, changes) => ({ ...(byId.get(id) ?? storedTitle()), ...changes })),
    deleteTree: jest.fn<TitlesRepository['deleteTree']>(async (id) => [id, 'child']),
  };
  const people = { resolve: jest.fn<PeopleRepository['resolve']>(async () => new Types.ObjectId()) };
  const genres = { recount: jest.fn<GenresService['recount']>().mockResolvedValue(undefined) };
  const changes = { titlesChanged: jest.fn<TitleChangeFeed['titlesChanged']>().mockResolvedValue(undefined) };
  const similar = { forTitle: jest.fn<SimilarTitles['forTitle']>().mockResolvedValue([]) };
  const events = { episodeCreated: jest.fn<CatalogEventsPublisher['episodeCreated']>().mockResolvedValue(undefined) };
  const service = new TitlesService(
    titles as unknown as TitlesRepository,
    people as unknown as PeopleRepository,
    genres as unknown as GenresService,
    changes as unknown as TitleChangeFeed,
    similar as unknown as SimilarTitles,
    new TitleMapper('https://img.test'),
    events as unknown as CatalogEventsPublisher,
  );
  return { service, titles, people, genres, changes, similar, events };
}

describe('TitlesService.get', () => {
  it('hides a title above a kid profile’s limit behind a 404', async () => {
    const adult = storedTitle({ maturityLevel: '18+', maturityRank: 4 });
    const { service } = setup([adult]);
    const error = await service.get({ id: adult._id.toHexString(), actor: actor({ role: 'viewer', kidProfile: true, maturityLimit: '7+' }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 404, code: 'CATALOG.TITLE_NOT_FOUND' });
  });

  it('asks for similar titles and children within the caller’s limit', async () => {
    const family = storedTitle({ maturityLevel: '7+', maturityRank: 1 });
    const { service, similar, titles } = setup([family]);
    await service.get({ id: family._id.toHexString(), actor: actor({ role: 'viewer', kidProfile: true, maturityLimit: '7+' }) });
    expect(similar.forTitle).toHaveBeenCalledWith(family, 1, 12);
    expect(titles.findChildren).toHaveBeenCalledWith(family._id.toHexString(), 1);
  });
});

describe('TitlesService.create', () => {
  it('refuses a viewer even if the gateway guard were bypassed', async () => {
    const { service, titles } = setup();
    const error = await service.create({ actor: actor({ role: 'viewer' }), title: { type: 'movie', title: 'X' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'COMMON.FORBIDDEN' });
    expect(titles.create).not.toHaveBeenCalled();
  });

  it('derives maturity from certifications and resolves each cast member to a person', async () => {
    const { service, titles, people } = setup();
    const created = await service.create({
      actor: actor(),
      title: { type: 'movie', title: 'Up', certifications: [{ country: 'US', certification: 'PG' }], cast: [{ name: 'Ed Asner', character: 'Carl' }] },
    });
    expect(people.resolve).toHaveBeenCalledWith({ name: 'Ed Asner', character: 'Carl' });
    expect(titles.create).toHaveBeenCalledWith(expect.objectContaining({ maturityLevel: '7+', maturityRank: 1, certificationKeys: ['US:PG'], parentId: null }));
    expect(created.cast[0]).toMatchObject({ name: 'Ed Asner', character: 'Carl', order: 0 });
  });

  it('updates the search index and genre counts after a write', async () => {
    const { service, changes, genres } = setup();
    const created = await service.create({ actor: actor(), title: { type: 'movie', title: 'Up' } });
    expect(changes.titlesChanged).toHaveBeenCalledWith([created.id]);
    expect(genres.recount).toHaveBeenCalled();
  });

  it('announces a new episode with its season and series', async () => {
    const series = storedTitle({ type: 'series', title: 'Dark' });
    const season = storedTitle({ type: 'season', title: 'Season 1', parentId: series._id, seasonNumber: 1 });
    const { service, events } = setup([series, season]);
    const created = await service.create({ actor: actor(), title: { type: 'episode', title: 'Secrets', parentId: season._id.toHexString(), episodeNumber: 1 } });
    expect(events.episodeCreated).toHaveBeenCalledTimes(1);
    const [episode, parent, top] = events.episodeCreated.mock.calls[0];
    expect([episode._id.toHexString(), parent._id, top._id]).toEqual([created.id, season._id, series._id]);
  });

  it('announces nothing for titles other than episodes', async () => {
    const series = storedTitle({ type: 'series', title: 'Dark' });
    const { service, events } = setup([series]);
    await service.create({ actor: actor(), title: { type: 'season', title: 'Season 1', parentId: series._id.toHexString() } });
    expect(events.episodeCreated).not.toHaveBeenCalled();
  });

  it('refuses a season whose parent is a movie', async () => {
    const movie = storedTitle({ type: 'movie' });
    const { service } = setup([movie]);
    const error = await service.create({ actor: actor(), title: { type: 'season', title: 'S1', parentId: movie._id.toHexString() } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, code: 'CATALOG.INVALID_HIERARCHY' });
  });

  it('refuses a movie with a parent', async () => {
    const { service } = setup();
    const error = await service.create({ actor: actor(), title: { type: 'movie', title: 'M', parentId: new Types.ObjectId().toHexString() } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, code: 'CATALOG.INVALID_HIERARCHY' });
  });
});

describe('TitlesService.update', () => {
  it('sets only the fields sent plus what derives from them', async () => {
    const title = storedTitle();
    const { service, titles } = setup([title]);
    await service.update({ actor: actor(), id: title._id.toHexString(), changes: { title: 'The Heat', maturityLevel: '13+' } });
    expect(titles.update).toHaveBeenCalledWith(title._id.toHexString(), { title: 'The Heat', sortTitle: 'heat', maturityLevel: '13+', maturityRank: 2 });
  });

  it('answers 404 for a title that does not exist', async () => {
    const { service } = setup();
    const error = await service.update({ actor: actor(), id: new Types.ObjectId().toHexString(), changes: { title: 'X' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'CATALOG.TITLE_NOT_FOUND' });
  });
});

describe('TitlesService.delete', () => {
  it('removes the whole tree from the search index', async () => {
    const series = storedTitle({ type: 'series' });
    const { service, changes } = setup([series]);
    const result = await service.delete({ actor: actor({ role: 'admin' }), id: series._id.toHexString() });
    expect(result).toEqual({ id: series._id.toHexString(), deletedCount: 2 });
    expect(changes.titlesChanged).toHaveBeenCalledWith([series._id.toHexString(), 'child']);
  });
});
