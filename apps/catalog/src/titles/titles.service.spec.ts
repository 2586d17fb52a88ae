import { jest } from '@jest/globals';
import { DomainError, type AuthUser, type UsersClient, type ViewingPolicyResponse } from '@onstream/common';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { Types } from 'mongoose';
import type { GenresService } from '../genres/genres.service.js';
import type { PeopleRepository } from '../people/people.repository.js';
import type { SimilarTitles } from '../recommendations/similar-titles.js';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import type { RatingsRepository } from '../ratings/ratings.repository.js';
import type { CatalogEventsPublisher } from './catalog-events.publisher.js';
import { storedTitle } from './stored-title.factory.js';
import { TitleMapper, type StoredTitle } from './title.mapper.js';
import type { TitlesRepository } from './titles.repository.js';
import { TitlesService } from './titles.service.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';

const actor = (overrides: Partial<AuthUser> = {}): AuthUser => ({ userId: 'u1', sessionId: 's1', role: 'staff', tokenType: 'access', kidProfile: false, ...overrides });

const KID_PROFILE = '64b0000000000000000000c1';
const kid = () => actor({ role: 'viewer', kidProfile: true, maturityLimit: '7+', profileId: KID_PROFILE });
const policy = (overrides: Partial<ViewingPolicyResponse> = {}): ViewingPolicyResponse => ({
  profileId: KID_PROFILE, kid: true, maturityLevel: '7+', mode: 'open', allowedTitleIds: [], deniedTitleIds: [], deniedTags: [], version: 'v1', ...overrides,
});

function setup(stored: StoredTitle[] = [], storedPolicy: ViewingPolicyResponse = policy()) {
  const byId = new Map(stored.map((title) => [title._id.toHexString(), title]));
  const users = { send: jest.fn(async () => storedPolicy) };
  const titles = {
    findById: jest.fn<TitlesRepository['findById']>(async (id) => byId.get(id) ?? null),
    ancestorsOf: jest.fn<TitlesRepository['ancestorsOf']>(async (title) => {
      const parent = title.parentId ? byId.get(title.parentId.toHexString()) : undefined;
      return parent ? [parent] : [];
    }),
    create: jest.fn<TitlesRepository['create']>(async (fields) => storedTitle({ ...fields })),
    // As the store: no title, no update (null).
    update: jest.fn<TitlesRepository['update']>(async (id, changes) => {
      const title = byId.get(id);
      return title ? { ...title, ...changes } : null;
    }),
    deleteTree: jest.fn<TitlesRepository['deleteTree']>(async (id) => [id, 'child']),
    findByMediaVideoId: jest.fn<TitlesRepository['findByMediaVideoId']>(async (videoId) => stored.filter((title) => title.mediaVideoId === videoId)),
  };
  const people = { resolve: jest.fn<PeopleRepository['resolve']>(async () => new Types.ObjectId()) };
  const genres = { recountInBackground: jest.fn<GenresService['recountInBackground']>() };
  const changes = {
    titlesChanged: jest.fn<TitleChangeFeed['titlesChanged']>().mockResolvedValue(undefined),
    titlesWritten: jest.fn<TitleChangeFeed['titlesWritten']>().mockResolvedValue(undefined),
  };
  const similar = { forTitle: jest.fn<SimilarTitles['forTitle']>().mockReturnValue([]) };
  const browse = new TitleBrowseIndex();
  browse.replaceAll(stored.map(toBrowsedTitle));
  const ratings = { communityOf: jest.fn<RatingsRepository['communityOf']>().mockResolvedValue({ average: null, count: 0 }) };
  const events = { episodeCreated: jest.fn<CatalogEventsPublisher['episodeCreated']>().mockResolvedValue(undefined) };
  const service = new TitlesService(
    titles as unknown as TitlesRepository,
    people as unknown as PeopleRepository,
    genres as unknown as GenresService,
    changes as unknown as TitleChangeFeed,
    similar as unknown as SimilarTitles,
    browse,
    new TitleMapper('https://img.test'),
    new ViewerScopes(users as unknown as UsersClient),
    events as unknown as CatalogEventsPublisher,
    ratings as unknown as RatingsRepository,
  );
  return { service, titles, people, genres, changes, similar, users, events };
}

describe('TitlesService.get', () => {
  it('hides a title above a kid profile’s limit behind a 404', async () => {
    const adult = storedTitle({ maturityLevel: '18+', maturityRank: 4 });
    const { service } = setup([adult]);
    const error = await service.get({ id: adult._id.toHexString(), actor: actor({ role: 'viewer', kidProfile: true, maturityLimit: '7+' }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 404, code: 'CATALOG.TITLE_NOT_FOUND' });
  });

  it('asks for similar titles and shows the children within the caller’s limit', async () => {
    const family = storedTitle({ type: 'series', maturityLevel: '7+', maturityRank: 1 });
    const season = (seasonNumber: number, maturityRank: number) => storedTitle({ type: 'season', title: `Season ${seasonNumber}`, parentId: family._id, seasonNumber, maturityRank });
    const { service, similar } = setup([family, season(2, 1), season(1, 0), season(3, 4)]);
    const page = await service.get({ id: family._id.toHexString(), actor: kid() });
    expect(similar.forTitle).toHaveBeenCalledWith(family, { maxMaturityRank: 1 }, 12);
    expect(page.children.map((child) => child.title)).toEqual(['Season 1', 'Season 2']);
  });

  const family = storedTitle({ maturityLevel: 'all', maturityRank: 0, tags: ['scary-scenes'] });
  const id = family._id.toHexString();
  const notFound = { status: 404, code: 'CATALOG.TITLE_NOT_FOUND' };

  it('hides a title the parent denied behind a 404, and shows it to an adult', async () => {
    const { service } = setup([family], policy({ deniedTitleIds: [id] }));
    await expect(service.get({ id, actor: kid() })).rejects.toMatchObject(notFound);
    await expect(service.get({ id, actor: actor({ role: 'viewer' }) })).resolves.toMatchObject({ id });
  });

  it('hides a title with a denied content tag', async () => {
    const { service } = setup([family], policy({ deniedTags: ['scary-scenes'] }));
    await expect(service.get({ id, actor: kid() })).rejects.toMatchObject(notFound);
  });

  it('uses the policy the gateway sent instead of asking users again', async () => {
    const { service, users } = setup([family], policy());
    await expect(service.get({ id, actor: kid(), policy: policy({ deniedTitleIds: [id] }) })).rejects.toMatchObject(notFound);
    expect(users.send).not.toHaveBeenCalled();
  });

  it('hides an episode of a denied series and shows episodes of an allowed series in allow-list mode', async () => {
    const series = storedTitle({ type: 'series', maturityLevel: 'all', maturityRank: 0 });
    const episode = storedTitle({ type: 'episode', maturityLevel: 'all', maturityRank: 0, parentId: series._id });
    const seriesId = series._id.toHexString();
    const denied = setup([series, episode], policy({ deniedTitleIds: [seriesId] }));
    await expect(denied.service.get({ id: episode._id.toHexString(), actor: kid() })).rejects.toMatchObject(notFound);
    const allowed = setup([series, episode, family], policy({ mode: 'allow-list', allowedTitleIds: [seriesId] }));
    await expect(allowed.service.get({ id: episode._id.toHexString(), actor: kid() })).resolves.toMatchObject({ id: episode._id.toHexString() });
    await expect(allowed.service.get({ id, actor: kid() })).rejects.toMatchObject(notFound);
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
    // The indexes take the title as written, without reading it back.
    expect(changes.titlesWritten).toHaveBeenCalledWith([expect.objectContaining({ title: 'Up' })]);
    expect(changes.titlesWritten.mock.calls[0][0][0]._id.toHexString()).toBe(created.id);
    expect(genres.recountInBackground).toHaveBeenCalled();
  });

  it('recounts genres after an edit of genres or type only', async () => {
    const title = storedTitle({ type: 'movie', title: 'Heat' });
    const { service, genres } = setup([title]);
    await service.update({ actor: actor(), id: title._id.toHexString(), changes: { tagline: 'A Los Angeles crime saga' } });
    expect(genres.recountInBackground).not.toHaveBeenCalled();
    await service.update({ actor: actor(), id: title._id.toHexString(), changes: { genres: ['Crime'] } });
    expect(genres.recountInBackground).toHaveBeenCalledTimes(1);
  });

  it('writes an edit of fields at once, reading the title first only for a change of place or linked video', async () => {
    const title = storedTitle({ type: 'movie', title: 'Heat' });
    const { service, titles, changes } = setup([title]);
    const id = title._id.toHexString();
    await service.update({ actor: actor(), id, changes: { tagline: 'A Los Angeles crime saga' } });
    expect(titles.findById).not.toHaveBeenCalled();
    expect(changes.titlesWritten).toHaveBeenCalledWith([expect.objectContaining({ tagline: 'A Los Angeles crime saga' })]);
    await service.update({ actor: actor(), id, changes: { mediaVideoId: 'video-2' } });
    expect(titles.findById).toHaveBeenCalledWith(id);
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
    expect(titles.update).toHaveBeenCalledWith(title._id.toHexString(), { title: 'The Heat', sortTitle: 'heat', maturityLevel: '13+', maturityRank: 2, maturityReviewed: true });
  });

  it('links a title to another media video: not playable until that video is ready', async () => {
    const stream = { videoId: new Types.ObjectId().toHexString(), assetId: 'a1', durationSeconds: 30, readyAt: new Date() };
    const title = storedTitle({ mediaVideoId: stream.videoId, stream });
    const { service, titles } = setup([title]);
    const next = new Types.ObjectId().toHexString();
    await service.update({ actor: actor(), id: title._id.toHexString(), changes: { mediaVideoId: next } });
    expect(titles.update).toHaveBeenLastCalledWith(title._id.toHexString(), { mediaVideoId: next, stream: null });
    await service.update({ actor: actor(), id: title._id.toHexString(), changes: { mediaVideoId: stream.videoId } });
    expect(titles.update).toHaveBeenLastCalledWith(title._id.toHexString(), { mediaVideoId: stream.videoId });
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

describe('TitlesService.checkPlayback', () => {
  const VIDEO = '64b0000000000000000000d1';
  const linked = (overrides: Partial<StoredTitle> = {}) => storedTitle({ type: 'creator_video', maturityLevel: 'all', maturityRank: 0, mediaVideoId: VIDEO, ...overrides });

  it('allows a video rated within the kid’s limit whose title the parent has not denied', async () => {
    await expect(setup([linked()]).service.checkPlayback({ actor: kid(), videoId: VIDEO, maturityLevel: '7+' })).resolves.toEqual({ allowed: true, reason: null });
  });

  it('refuses a video rated above the limit, or a linked title rated above it', async () => {
    await expect(setup([linked()]).service.checkPlayback({ actor: kid(), videoId: VIDEO, maturityLevel: '18+' })).resolves.toEqual({ allowed: false, reason: 'maturity' });
    await expect(setup([linked({ maturityLevel: '16+', maturityRank: 3 })]).service.checkPlayback({ actor: kid(), videoId: VIDEO, maturityLevel: 'all' })).resolves.toEqual({ allowed: false, reason: 'maturity' });
  });

  it('refuses a video whose title the parent denied, or that carries a denied tag', async () => {
    const title = linked({ tags: ['scary-scenes'] });
    await expect(setup([title], policy({ deniedTitleIds: [title._id.toHexString()] })).service.checkPlayback({ actor: kid(), videoId: VIDEO, maturityLevel: 'all' })).resolves.toEqual({ allowed: false, reason: 'parental' });
    await expect(setup([title], policy({ deniedTags: ['scary-scenes'] })).service.checkPlayback({ actor: kid(), videoId: VIDEO, maturityLevel: 'all' })).resolves.toEqual({ allowed: false, reason: 'parental' });
  });

  it('in allow-list mode plays only a video whose title is on the list', async () => {
    const title = linked();
    await expect(setup([title], policy({ mode: 'allow-list', allowedTitleIds: [title._id.toHexString()] })).service.checkPlayback({ actor: kid(), videoId: VIDEO, maturityLevel: 'all' })).resolves.toEqual({ allowed: true, reason: null });
    await expect(setup([], policy({ mode: 'allow-list', allowedTitleIds: [title._id.toHexString()] })).service.checkPlayback({ actor: kid(), videoId: VIDEO, maturityLevel: 'all' })).resolves.toEqual({ allowed: false, reason: 'parental' });
  });
});
