import { Types } from 'mongoose';
import { MaturityLevels, TitleTypes } from '@onstream/common';
import { DEMO_CATALOG, type DemoTitle } from './demo-catalog.data.js';
import { demoPeople, demoTitleId, demoWrites } from './demo-catalog.seed.js';

const personIds = new Map(demoPeople().map((name) => [name, new Types.ObjectId()]));
const allWrites = DEMO_CATALOG.flatMap((title) => demoWrites(title, personIds));

describe('demo catalog', () => {
  it('holds a few dozen titles, each with a licence, an overview of its own and a valid type, genre list and maturity', () => {
    expect(DEMO_CATALOG.length).toBeGreaterThanOrEqual(30);
    for (const title of DEMO_CATALOG) {
      expect(title.license).not.toBe('');
      expect(title.overview.length).toBeGreaterThan(60);
      expect(TitleTypes).toContain(title.type);
      expect(MaturityLevels).toContain(title.maturityLevel);
      expect(title.genres.length).toBeGreaterThan(0);
    }
  });

  it('has unique slugs, so every title and episode gets an id of its own', () => {
    const ids = allWrites.map((write) => write._id.toHexString());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('derives the same id from a slug every time, so a re-import updates instead of duplicating', () => {
    expect(demoTitleId('big-buck-bunny').equals(demoTitleId('big-buck-bunny'))).toBe(true);
    expect(demoTitleId('big-buck-bunny').toHexString()).toMatch(/^64656d6f[0-9a-f]{16}$/);
  });
});

describe('demoWrites', () => {
  const series: DemoTitle = {
    slug: 'show', type: 'series', title: 'Show', year: 2013, runtimeMinutes: 3, genres: ['Animation'], originalLanguage: 'en', countries: ['NL'], overview: 'x'.repeat(80),
    directors: ['Ann Director'], cast: [{ name: 'Bo Actor', character: 'Lead' }], keywords: [], license: 'CC BY 4.0', maturityLevel: '7+',
    episodes: [{ slug: 'show-1', title: 'One', year: 2013, runtimeMinutes: 2, overview: 'First.' }, { slug: 'show-2', title: 'Two', year: 2014, runtimeMinutes: 3, overview: 'Second.' }],
  };
  const ids = new Map([['Ann Director', new Types.ObjectId()], ['Bo Actor', new Types.ObjectId()]]);

  it('writes a series, its season 1 and its numbered episodes under it, all rated by our editors', () => {
    const [show, season, ...episodes] = demoWrites(series, ids);
    expect(show?.setOnInsert).toEqual({ type: 'series', featured: false, maturityLevel: '7+', maturityRank: 1, maturityReviewed: true });
    expect(show?.set.cast).toEqual([{ personId: ids.get('Bo Actor'), name: 'Bo Actor', character: 'Lead', order: 0, profilePath: null }]);
    expect(show?.set.crew).toEqual([{ personId: ids.get('Ann Director'), name: 'Ann Director', job: 'Director', department: 'Directing' }]);
    expect(season?.set).toMatchObject({ title: 'Season 1', parentId: show?._id, seasonNumber: 1 });
    expect(episodes.map((episode) => [episode.set.title, episode.set.parentId, episode.set.episodeNumber, episode.setOnInsert.type])).toEqual([
      ['One', season?._id, 1, 'episode'],
      ['Two', season?._id, 2, 'episode'],
    ]);
  });

  it('refuses a credit whose person was not resolved', () => {
    expect(() => demoWrites(series, new Map())).toThrow(/no person id for Bo Actor/);
  });
});
