import { jest } from '@jest/globals';
import { type Clock, decodeCursor, type DomainError, type OutboxEvent } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { LibraryItemDocument } from '@onstream/common/schemas/library-item.schema.js';
import type { WatchProgressDocument } from '@onstream/common/schemas/watch-progress.schema.js';
import type { TitleRulesRepository } from '../parental/title-rules.repository.js';
import type { ProfilesRepository } from '../profiles/profiles.repository.js';
import { actor, NOW, profileDoc } from '../testing/factories.js';
import type { LibraryOutbox } from './library-outbox.js';
import type { LibraryRepository } from './library.repository.js';
import { isFinished, LibraryService } from './library.service.js';

const PROFILE = '64b0000000000000000000b1';
const item = (titleId: string, id: string, at: Date) => ({ id, titleId, addedAt: at }) as unknown as LibraryItemDocument;

function setup(options: { kid?: boolean; rule?: 'allow' | 'deny' | null; profileExists?: boolean; removes?: boolean } = {}) {
  /** The events handed to the repository to store with their change. */
  const stored: OutboxEvent[] = [];
  const library = strictMock<LibraryRepository>('library', {
    add: jest.fn<LibraryRepository['add']>().mockImplementation(async (e) => item(e.titleId, '64b0000000000000000000f1', e.now)),
    addFavorite: jest.fn<LibraryRepository['addFavorite']>().mockImplementation(async (e, eventOf) => {
      stored.push(eventOf(e.now));
      return item(e.titleId, '64b0000000000000000000f2', e.now);
    }),
    removeFavorite: jest.fn<LibraryRepository['removeFavorite']>().mockImplementation(async (_p, _t, _now, event) => {
      stored.push(event);
      return options.removes ?? true;
    }),
    clearHistory: jest.fn<LibraryRepository['clearHistory']>().mockImplementation(async (_p, _now, eventOf) => {
      stored.push(...['tt1', 'tt2'].map(eventOf));
      return 2;
    }),
    pageOfList: jest.fn<LibraryRepository['pageOfList']>().mockResolvedValue([]),
    recordProgress: jest.fn<LibraryRepository['recordProgress']>(),
  });
  const profiles = strictMock<ProfilesRepository>('profiles', {
    findOwned: jest.fn<ProfilesRepository['findOwned']>().mockResolvedValue(options.profileExists === false ? null : profileDoc({ id: PROFILE, kid: options.kid ?? false })),
  });
  const rules = strictMock<TitleRulesRepository>('rules', { ruleFor: jest.fn<TitleRulesRepository['ruleFor']>().mockResolvedValue(options.rule ?? null) });
  const outbox = strictMock<LibraryOutbox>('outbox', { kick: jest.fn<LibraryOutbox['kick']>() });
  const service = new LibraryService(library, profiles, rules, strictMock<Clock>('clock', { now: () => NOW }), outbox);
  return { service, library, rules, outbox, stored };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);
const profileActor = (kid = false) => actor({ profileId: PROFILE, kidProfile: kid });

describe('LibraryService', () => {
  it('needs a profile-scoped token', async () => {
    const { service } = setup();
    expect(await failure(service.add({ actor: actor(), list: 'watchlist', titleId: 'tt1' }))).toMatchObject({ status: 403, code: 'USERS.PROFILE_TOKEN_REQUIRED' });
  });

  it('keeps a title its parent denied out of a kid profile’s library', async () => {
    const { service, library } = setup({ kid: true, rule: 'deny' });
    expect(await failure(service.add({ actor: profileActor(true), list: 'watchlist', titleId: 'tt1' }))).toMatchObject({ status: 403, code: 'USERS.TITLE_BLOCKED' });
    expect(library.add).not.toHaveBeenCalled();
  });

  it('does not look up parental rules for an adult profile', async () => {
    const { service, rules } = setup({ kid: false });
    await service.add({ actor: profileActor(), list: 'favorites', titleId: 'tt1' });
    expect(rules.ruleFor).not.toHaveBeenCalled();
  });

  it('stores an added favourite’s event with it and wakes the relay, and a watchlist entry without one', async () => {
    const { service, library, outbox, stored } = setup();
    await service.add({ actor: profileActor(), list: 'favorites', titleId: 'tt1' });
    await service.add({ actor: profileActor(), list: 'watchlist', titleId: 'tt2' });
    expect(library.add).toHaveBeenCalledWith(expect.objectContaining({ list: 'watchlist', titleId: 'tt2' }));
    expect(stored).toEqual([{ id: expect.any(String), type: 'users.library.favorite-added', data: { profileId: PROFILE, titleId: 'tt1', addedAt: NOW.toISOString(), at: NOW.toISOString() }, occurredAt: NOW }]);
    expect(outbox.kick).toHaveBeenCalledTimes(1);
  });

  it('gives the favourite-added event the first date the repository kept, not the time of the new add', async () => {
    const { service, library, stored } = setup();
    const first = new Date(NOW.getTime() - 86_400_000);
    (library.addFavorite as jest.Mock<LibraryRepository['addFavorite']>).mockImplementation(async (e, eventOf) => {
      stored.push(eventOf(first));
      return item(e.titleId, '64b0000000000000000000f2', first);
    });
    expect(await service.add({ actor: profileActor(), list: 'favorites', titleId: 'tt1' })).toEqual({ titleId: 'tt1', addedAt: first.toISOString() });
    expect(stored[0]?.data).toEqual({ profileId: PROFILE, titleId: 'tt1', addedAt: first.toISOString(), at: NOW.toISOString() });
  });

  it('does not wake the relay when the removed favourite was not on the list (nothing was stored)', async () => {
    const { service, outbox, stored } = setup({ removes: false });
    expect(await service.remove({ actor: profileActor(), list: 'favorites', titleId: 'tt1' })).toEqual({ ok: true });
    expect(stored.map((event) => event.type)).toEqual(['users.library.favorite-removed']);
    expect(outbox.kick).not.toHaveBeenCalled();
  });

  it('stores a position’s event, with whether the title is finished, in the same write as the position', async () => {
    const { service, library, outbox } = setup();
    (library.recordProgress as jest.Mock<LibraryRepository['recordProgress']>).mockImplementation(async (update) => ({ ...update }) as unknown as WatchProgressDocument);
    await service.recordProgress({ actor: profileActor(), titleId: 'tt1', positionSeconds: 96, durationSeconds: 100 });
    expect(library.recordProgress).toHaveBeenCalledWith(
      expect.objectContaining({ profileId: PROFILE, titleId: 'tt1', finished: true, watchedAt: NOW }),
      { id: expect.any(String), type: 'users.history.written', data: { profileId: PROFILE, titleId: 'tt1', finished: true, at: NOW.toISOString() }, occurredAt: NOW },
    );
    expect(outbox.kick).toHaveBeenCalledTimes(1);
  });

  it('clears the history with one removal event per title, each with its own id', async () => {
    const { service, outbox, stored } = setup();
    await service.clearHistory(profileActor());
    expect(stored.map((event) => [event.type, (event.data as { titleId: string }).titleId])).toEqual([
      ['users.history.removed', 'tt1'],
      ['users.history.removed', 'tt2'],
    ]);
    expect(new Set(stored.map((event) => event.id)).size).toBe(2);
    expect(outbox.kick).toHaveBeenCalledTimes(1);
  });

  it('refuses writes for a profile deleted since the token was made', async () => {
    const { service } = setup({ profileExists: false });
    expect(await failure(service.add({ actor: profileActor(), list: 'watchlist', titleId: 'tt1' }))).toMatchObject({ status: 404 });
  });

  it('refuses a resume position past the duration', async () => {
    const { service, library } = setup();
    expect(await failure(service.recordProgress({ actor: profileActor(), titleId: 'tt1', positionSeconds: 11, durationSeconds: 10 }))).toMatchObject({ status: 400 });
    expect(library.recordProgress).not.toHaveBeenCalled();
  });

  it('fetches one row more than the page and turns the last shown row into the next cursor', async () => {
    const { service, library } = setup();
    const rows = [item('a', '64b0000000000000000000f3', new Date(3000)), item('b', '64b0000000000000000000f2', new Date(2000)), item('c', '64b0000000000000000000f1', new Date(1000))];
    (library.pageOfList as jest.Mock<LibraryRepository['pageOfList']>).mockResolvedValue(rows);
    const page = await service.list({ actor: profileActor(), list: 'watchlist', limit: 2 });
    expect(library.pageOfList).toHaveBeenCalledWith(PROFILE, 'watchlist', null, 3);
    expect(page.items.map((i) => i.titleId)).toEqual(['a', 'b']);
    expect(decodeCursor(page.nextCursor ?? '')).toEqual({ t: 2000, id: '64b0000000000000000000f2' });
  });

  it('refuses a cursor it did not make', async () => {
    const { service } = setup();
    const cursor = Buffer.from(JSON.stringify({ t: 1, id: '$where' })).toString('base64url');
    expect(await failure(service.list({ actor: profileActor(), list: 'watchlist', limit: 2, cursor }))).toMatchObject({ status: 400 });
  });
});

describe('isFinished', () => {
  it.each([
    [949, 1000, false],
    [950, 1000, true],
    [1000, 1000, true],
    [0, 30, false],
  ])('%i s of %i s is finished: %s', (position, duration, expected) => {
    expect(isFinished(position, duration)).toBe(expected);
  });
});
