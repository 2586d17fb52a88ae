import { jest } from '@jest/globals';
import type { UsersClient } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { Types } from 'mongoose';
import { storedTitle } from '../titles/stored-title.factory.js';
import { TitleMapper } from '../titles/title.mapper.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { PeopleRepository, StoredPerson } from './people.repository.js';
import { PeopleService } from './people.service.js';

const person: StoredPerson = { _id: new Types.ObjectId(), name: 'Clint Eastwood', tmdbId: 190, profilePath: '/clint.jpg' };
const other = new Types.ObjectId();
const unforgiven = storedTitle({
  title: 'Unforgiven',
  sortTitle: 'unforgiven',
  releaseYear: 1992,
  cast: [{ personId: person._id, name: 'Clint Eastwood', character: 'William Munny', order: 0, profilePath: null }],
  crew: [{ personId: person._id, name: 'Clint Eastwood', job: 'Director', department: 'Directing' }],
});
const escape = storedTitle({ title: 'Escape from Alcatraz', sortTitle: 'escape from alcatraz', releaseYear: 1979, cast: [{ personId: person._id, name: 'Clint Eastwood', character: 'Frank Morris', order: 0, profilePath: null }, { personId: other, name: 'Patrick McGoohan', character: 'Warden', order: 1, profilePath: null }] });

function setup(found: StoredPerson | null) {
  const people = strictMock<PeopleRepository>('PeopleRepository', { findById: jest.fn<PeopleRepository['findById']>().mockResolvedValue(found) });
  const titles = strictMock<TitlesRepository>('TitlesRepository', { creditsOf: jest.fn<TitlesRepository['creditsOf']>().mockResolvedValue([escape, unforgiven]) });
  // Adults and anonymous callers never reach users: their scope is the maturity ceiling alone.
  return { service: new PeopleService(people, titles, new TitleMapper('https://img.test'), new ViewerScopes(strictMock<UsersClient>('users'))), titles };
}

describe('PeopleService.get', () => {
  it('should list acting and crew credits, newest first, with the role in each', async () => {
    const page = await setup(person).service.get({ id: person._id.toHexString() });
    expect(page).toMatchObject({ name: 'Clint Eastwood', tmdbId: 190, profileUrl: 'https://img.test/w185/clint.jpg' });
    expect(page.cast.map((credit) => [credit.title, credit.character])).toEqual([['Unforgiven', 'William Munny'], ['Escape from Alcatraz', 'Frank Morris']]);
    expect(page.crew.map((credit) => [credit.title, credit.job])).toEqual([['Unforgiven', 'Director']]);
  });

  it('should narrow credits to the caller’s maturity ceiling', async () => {
    const { service, titles } = setup(person);
    // The gateway sends the kid's viewing policy along, so the catalog need not ask users.
    const policy = { profileId: 'kid', kid: true, maturityLevel: '7+' as const, mode: 'open' as const, allowedTitleIds: [], deniedTitleIds: [], deniedTags: [], version: 'v1' };
    await service.get({ id: person._id.toHexString(), actor: { userId: 'u', sessionId: 's', role: 'viewer', tokenType: 'access', profileId: 'kid', kidProfile: true, maturityLimit: '7+' }, policy });
    expect(titles.creditsOf).toHaveBeenCalledWith(person._id.toHexString(), expect.objectContaining({ maxMaturityRank: 1 }), 500);
  });

  it('should answer 404 for an unknown person', async () => {
    await expect(setup(null).service.get({ id: new Types.ObjectId().toHexString() })).rejects.toMatchObject({ status: 404, code: 'CATALOG.PERSON_NOT_FOUND' });
  });
});
