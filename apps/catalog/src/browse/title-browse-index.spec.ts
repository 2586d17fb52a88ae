import { storedTitle } from '../titles/stored-title.factory.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import type { TitleListFilter } from '../titles/titles.repository.js';
import { TitleBrowseIndex, toBrowsedTitle } from './title-browse-index.js';

const everything: TitleListFilter = { types: ['movie', 'series'], maxMaturityRank: 4 };

function indexOf(...titles: StoredTitle[]): TitleBrowseIndex {
  const index = new TitleBrowseIndex();
  index.replaceAll(titles.map(toBrowsedTitle));
  return index;
}

const names = (titles: Array<{ title: string }>) => titles.map((title) => title.title);

describe('TitleBrowseIndex', () => {
  const heat = storedTitle({ title: 'Heat', sortTitle: 'heat', popularity: 50, voteAverage: 7.9, releaseYear: 1995, genres: ['Crime'] });
  const up = storedTitle({ title: 'Up', sortTitle: 'up', popularity: 90, voteAverage: 8.3, releaseYear: 2009, genres: ['Animation'], maturityRank: 0, languages: ['en', 'fr'], originalLanguage: 'en' });
  const amelie = storedTitle({ title: 'Amélie', sortTitle: 'amelie', popularity: 70, voteAverage: 8.3, releaseYear: null, genres: ['Comedy'], originalLanguage: 'fr', certificationKeys: ['FR:U'], providerKeys: ['DE:8'], tags: ['smoking'] });

  it('pages a filtered list in each sort, with the total, ties broken by id', () => {
    const index = indexOf(heat, up, amelie);
    expect(names(index.page(everything, { sort: 'popularity', order: 'desc' }, 0, 2).items)).toEqual(['Up', 'Amélie']);
    expect(index.page(everything, { sort: 'popularity', order: 'desc' }, 2, 2)).toEqual({ items: [expect.objectContaining({ title: 'Heat' })], total: 3 });
    expect(names(index.page(everything, { sort: 'title', order: 'asc' }, 0, 10).items)).toEqual(['Amélie', 'Heat', 'Up']);
    // Equal ratings: the larger id first when descending, as Mongo's {voteAverage: -1, _id: -1}.
    const [first, second] = [up, amelie].sort((a, b) => (a._id.toHexString() < b._id.toHexString() ? 1 : -1));
    expect(names(index.page(everything, { sort: 'rating', order: 'desc' }, 0, 2).items)).toEqual([first?.title, second?.title]);
    // A title without a year sorts below every year, as null does in Mongo.
    expect(names(index.page(everything, { sort: 'releaseDate', order: 'asc' }, 0, 10).items)).toEqual(['Amélie', 'Heat', 'Up']);
  });

  it('applies every filter the Mongo query did', () => {
    const index = indexOf(heat, up, amelie);
    const matching = (filter: Partial<TitleListFilter>) => names(index.page({ ...everything, ...filter }, { sort: 'title', order: 'asc' }, 0, 10).items);
    expect(matching({ genres: ['Crime', 'Comedy'] })).toEqual(['Amélie', 'Heat']);
    expect(matching({ yearFrom: 2000 })).toEqual(['Up']);
    expect(matching({ yearTo: 2000 })).toEqual(['Heat']);
    expect(matching({ ratingMin: 8 })).toEqual(['Amélie', 'Up']);
    expect(matching({ language: 'fr' })).toEqual(['Amélie', 'Up']);
    expect(matching({ certificationKey: 'FR:U' })).toEqual(['Amélie']);
    expect(matching({ providerKeys: ['DE:8', 'US:9'] })).toEqual(['Amélie']);
    expect(matching({ maxMaturityRank: 0 })).toEqual(['Up']);
    expect(matching({ excludeIds: [heat._id.toHexString()], excludeTags: ['smoking'] })).toEqual(['Up']);
    expect(matching({ onlyIds: [heat._id.toHexString()] })).toEqual(['Heat']);
    expect(matching({ onlyIds: [] })).toEqual([]);
    expect(matching({ types: ['series'] })).toEqual([]);
  });

  it('filters by genres beyond the 32 that get a column bit', () => {
    const titles = Array.from({ length: 34 }, (_, n) => storedTitle({ title: `T${n}`, sortTitle: `t${String(n).padStart(2, '0')}`, genres: [`Genre ${n}`] }));
    const index = indexOf(...titles);
    const matching = (genres: string[]) => names(index.page({ ...everything, genres }, { sort: 'title', order: 'asc' }, 0, 50).items);
    expect(matching(['Genre 0', 'Genre 31'])).toEqual(['T0', 'T31']);
    expect(matching(['Genre 33', 'Genre 1'])).toEqual(['T1', 'T33']);
    expect(matching(['Nobody has this'])).toEqual([]);
  });

  it('follows upserts and removals, re-sorting after a change', () => {
    const index = indexOf(heat, up);
    index.upsert(toBrowsedTitle({ ...heat, popularity: 99 }));
    expect(names(index.top(everything, { sort: 'popularity', order: 'desc' }, 1))).toEqual(['Heat']);
    index.remove(heat._id.toHexString());
    expect(index.page(everything, { sort: 'popularity', order: 'desc' }, 0, 10).total).toBe(1);
    expect(index.get(heat._id.toHexString())).toBeUndefined();
  });

  it('lists seasons and episodes of a parent by number, within the maturity limit', () => {
    const series = storedTitle({ type: 'series', title: 'Show' });
    const seasonTwo = storedTitle({ type: 'season', title: 'Season 2', parentId: series._id, seasonNumber: 2, maturityRank: 0 });
    const seasonOne = storedTitle({ type: 'season', title: 'Season 1', parentId: series._id, seasonNumber: 1, maturityRank: 0 });
    const special = storedTitle({ type: 'season', title: 'Specials', parentId: series._id, seasonNumber: 0, maturityRank: 4 });
    const index = indexOf(series, seasonTwo, seasonOne, special);
    expect(names(index.childrenOf(series._id.toHexString(), 4))).toEqual(['Specials', 'Season 1', 'Season 2']);
    expect(names(index.childrenOf(series._id.toHexString(), 0))).toEqual(['Season 1', 'Season 2']);
    index.upsert(toBrowsedTitle({ ...seasonTwo, parentId: null }));
    expect(names(index.childrenOf(series._id.toHexString(), 0))).toEqual(['Season 1']);
  });

  it('ranks the rating sort by weighted rating: many good votes above one perfect vote, unvoted titles last', () => {
    const classic = storedTitle({ title: 'Classic', voteAverage: 8.6, voteCount: 300 });
    const oneVote = storedTitle({ title: 'One vote', voteAverage: 10, voteCount: 1 });
    const middling = storedTitle({ title: 'Middling', voteAverage: 6, voteCount: 200 });
    const unvoted = storedTitle({ title: 'Unvoted', voteAverage: 0, voteCount: 0 });
    const index = new TitleBrowseIndex(25);
    index.replaceAll([unvoted, oneVote, middling, classic].map(toBrowsedTitle));
    expect(names(index.page(everything, { sort: 'rating', order: 'desc' }, 0, 10).items)).toEqual(['Classic', 'One vote', 'Middling', 'Unvoted']);
    // Without a minimum vote count the raw average decides, as before.
    const raw = indexOf(unvoted, oneVote, middling, classic);
    expect(names(raw.page(everything, { sort: 'rating', order: 'desc' }, 0, 10).items)).toEqual(['One vote', 'Classic', 'Middling', 'Unvoted']);
  });
});
