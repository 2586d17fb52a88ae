import { jest } from '@jest/globals';
import type { UsersClient } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { TitleMapper } from '../titles/title.mapper.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import { facetsOf, SearchService } from './search.service.js';
import { TitleSearchIndex, toIndexedTitle } from './title-search-index.js';

describe('SearchService', () => {
  const comedy = storedTitle({ title: 'Love Actually', genres: ['Comedy', 'Romance'], releaseYear: 2003 });
  const drama = storedTitle({ title: 'Love Story', genres: ['Drama', 'Romance'], releaseYear: 1970 });
  const deleted = storedTitle({ title: 'Love Lost', genres: ['Drama'], releaseYear: 1970 });

  function setup() {
    const index = new TitleSearchIndex();
    index.replaceAll([comedy, drama, deleted].map(toIndexedTitle));
    // The browse index no longer holds the deleted title (a removal reached it first).
    const browse = new TitleBrowseIndex();
    browse.replaceAll([comedy, drama].map(toBrowsedTitle));
    const service = new SearchService(index, browse, new TitleMapper('https://img.test'), new ViewerScopes(strictMock<UsersClient>('users')));
    return { service, index, browse };
  }

  it('shows the page from the browse index and skips titles it no longer holds', async () => {
    const { service } = setup();
    const result = await service.search({ q: 'love', page: 1, limit: 10 });
    expect(result.items.map((item) => item.title).sort()).toEqual(['Love Actually', 'Love Story']);
    expect(result.meta.total).toBe(3);
  });

  it('remembers a search until the index changes', async () => {
    const { service, index, browse } = setup();
    const searched = jest.spyOn(index, 'search');
    await service.search({ q: 'love', page: 1, limit: 10 });
    await service.search({ q: ' Love ', page: 1, limit: 1 });
    expect(searched).toHaveBeenCalledTimes(1);
    const added = storedTitle({ title: 'Love Me Tender', genres: ['Drama'] });
    index.upsert(toIndexedTitle(added));
    browse.upsert(toBrowsedTitle(added));
    const result = await service.search({ q: 'love', page: 1, limit: 10 });
    expect(searched).toHaveBeenCalledTimes(2);
    expect(result.items.map((item) => item.title)).toContain('Love Me Tender');
    expect(result.meta.total).toBe(4);
  });

  it('refuses a year range that ends before it starts', async () => {
    const { service } = setup();
    await expect(service.search({ q: 'love', page: 1, limit: 10, yearFrom: 2000, yearTo: 1990 })).rejects.toMatchObject({ status: 400, code: 'CATALOG.INVALID_RANGE' });
  });
});

describe('facetsOf', () => {
  it('counts genres by size, years newest first and types', () => {
    const hit = (genres: string[], releaseYear: number | null) => ({ id: 'x', score: 1, type: 'movie' as const, genres, releaseYear, popularity: 0, maturityRank: 0, tags: [] });
    expect(facetsOf([hit(['Drama', 'Crime'], 1972), hit(['Drama'], 1974), hit(['Comedy'], null)])).toEqual({
      genres: [{ value: 'Drama', count: 2 }, { value: 'Comedy', count: 1 }, { value: 'Crime', count: 1 }],
      years: [{ value: '1974', count: 1 }, { value: '1972', count: 1 }],
      types: [{ value: 'movie', count: 3 }],
    });
  });
});
