import { TitleSearchIndex, type IndexedTitle } from './title-search-index.js';

const doc = (id: string, title: string, overrides: Partial<IndexedTitle> = {}): IndexedTitle => ({
  id, title, originalTitle: '', people: '', keywords: '', type: 'movie', genres: ['Drama'], releaseYear: 1990, popularity: 10, maturityRank: 4, tags: [], providerKeys: [], ...overrides,
});
const everything = { types: ['movie', 'series', 'creator_video'] as const, maxMaturityRank: 4 };

function indexOf(...docs: IndexedTitle[]): TitleSearchIndex {
  const index = new TitleSearchIndex();
  index.replaceAll(docs);
  return index;
}

describe('TitleSearchIndex', () => {
  it('tolerates a missing letter', () => {
    expect(indexOf(doc('1', 'The Godfather'), doc('2', 'Goodfellas')).search('godfathr', everything)[0]?.id).toBe('1');
  });

  it('matches the start of the last word as the viewer types', () => {
    expect(indexOf(doc('1', 'Toy Story'), doc('2', 'Story of Us')).search('toy sto', everything).map((hit) => hit.id)).toEqual(['1']);
  });

  it('folds accents', () => {
    expect(indexOf(doc('1', 'Amélie')).search('amelie', everything).map((hit) => hit.id)).toEqual(['1']);
  });

  it('ranks a more popular title first among equal matches', () => {
    const hits = indexOf(doc('obscure', 'Heat', { popularity: 1 }), doc('popular', 'Heat', { popularity: 500 })).search('heat', everything);
    expect(hits.map((hit) => hit.id)).toEqual(['popular', 'obscure']);
  });

  it('ranks a title match above a keyword match', () => {
    const hits = indexOf(doc('keyword', 'Other', { keywords: 'heist' }), doc('title', 'Heist')).search('heist', everything);
    expect(hits[0]?.id).toBe('title');
  });

  it('finds titles by cast names', () => {
    expect(indexOf(doc('1', 'The Godfather', { people: 'Marlon Brando Al Pacino' })).search('pacino', everything).map((hit) => hit.id)).toEqual(['1']);
  });

  it('filters by maturity, type, genre and year', () => {
    const index = indexOf(
      doc('adult', 'Night One', { maturityRank: 4 }),
      doc('kid', 'Night Two', { maturityRank: 0, genres: ['Family'], releaseYear: 2001 }),
      doc('series', 'Night Three', { type: 'series', maturityRank: 0 }),
    );
    expect(index.search('night', { ...everything, maxMaturityRank: 1 }).map((hit) => hit.id).sort()).toEqual(['kid', 'series']);
    expect(index.search('night', { ...everything, types: ['series'] }).map((hit) => hit.id)).toEqual(['series']);
    expect(index.search('night', { ...everything, genres: ['Family'] }).map((hit) => hit.id)).toEqual(['kid']);
    expect(index.search('night', { ...everything, yearFrom: 2000, yearTo: 2005 }).map((hit) => hit.id)).toEqual(['kid']);
  });

  it('replaces and removes single titles', () => {
    const index = indexOf(doc('1', 'Old Name'));
    index.upsert(doc('1', 'New Name'));
    expect(index.search('old', everything)).toEqual([]);
    expect(index.search('new', everything).map((hit) => hit.id)).toEqual(['1']);
    index.remove('1');
    expect(index.size).toBe(0);
  });

  it('leaves out titles a parent denied, by id or by tag, and keeps only allowed ones in allow-list mode', () => {
    const index = indexOf(doc('1', 'Toy Story'), doc('2', 'Toy Soldiers', { tags: ['violence'] }), doc('3', 'Toy Boat'));
    const ids = (filter: object) => index.search('toy', { ...everything, ...filter }).map((hit) => hit.id).sort();
    expect(ids({ excludeIds: ['3'] })).toEqual(['1', '2']);
    expect(ids({ excludeTags: ['violence'] })).toEqual(['1', '3']);
    expect(ids({ onlyIds: ['2', '3'], excludeTags: ['violence'] })).toEqual(['3']);
    expect(ids({ onlyIds: [] })).toEqual([]);
  });
});

