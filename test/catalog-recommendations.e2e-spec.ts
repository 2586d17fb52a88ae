import type { BecauseYouWatchedResponse, CatalogJobResponse, FeedResponse, PersonPage, RatingPageResponse, RatingRemovedResponse, RatingResponse, TitleDetails, TitleInput, TitlePage } from '@onstream/common';
import { postEvents, SimulatedPlayer } from './support/analytics-players.js';
import { analyticsToken } from './support/analytics-tokens.js';
import { playbackSessionId } from './support/playback-sessions.js';
import { Api, type Problem } from './support/http.js';
import { IdentitySteps, type SignedUpUser } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

/**
 * Ratings, "for you" and trending through the gateway. The catalog starts empty; staff write a
 * small catalog, profiles rate and collect titles, simulated players send views to analytics.
 */
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());
let tokens: TestTokens;
let staffToken: string;
const ids: Record<string, string> = {};

const catalog: Array<Partial<TitleInput>> = [
  { title: 'Heat', genres: ['Crime'], popularity: 90 },
  { title: 'Ronin', genres: ['Crime'], popularity: 80 },
  { title: 'Thief', genres: ['Crime'], popularity: 70 },
  { title: 'Toy Story', genres: ['Animation'], popularity: 60, maturityLevel: 'all' },
  { title: 'Cars', genres: ['Animation'], popularity: 50, maturityLevel: 'all' },
  { title: 'Amelie', genres: ['Romance', 'Drama'], popularity: 40 },
  { title: 'Big Fish', genres: ['Fantasy', 'Drama'], popularity: 30 },
];

beforeAll(async () => {
  await platform.start({
    env: {
      CATALOG_SEED_DIR: '',
      // Title pages are cached (a rating must drop its page); trending must show fresh scores.
      CATALOG_CACHE_TTL_SECONDS: '600',
      TRENDING_CACHE_TTL_SECONDS: '0',
      TRENDING_INTERVAL_MS: '1000',
      CATALOG_TRENDING_MIN_TITLES: '2',
      // A newly trained model reaches every replica within a second.
      RECOMMENDER_MODEL_POLL_MS: '1000',
    },
  });
  tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  staffToken = tokens.sign({ role: 'staff' });
  for (const title of catalog) {
    const created = await api.post<TitleDetails>('/titles', { type: 'movie', releaseDate: '2000-06-01', ...title }, staffToken);
    if (created.status !== 201) throw new Error(`create answered ${created.status}: ${JSON.stringify(created.body)}`);
    ids[created.body.title] = created.body.id;
  }
});
afterAll(() => platform.stop());

async function profileToken(user: SignedUpUser, body: Record<string, unknown>, beforeSelecting?: (profileId: string) => Promise<void>): Promise<string> {
  const profile = await api.post<{ id: string }>('/me/profiles', body, user.tokens.accessToken);
  if (profile.status !== 201) throw new Error(`create profile answered ${profile.status}: ${JSON.stringify(profile.body)}`);
  await beforeSelecting?.(profile.body.id);
  const selected = await api.post<{ accessToken: string }>(`/me/profiles/${profile.body.id}/select`, {}, user.tokens.accessToken);
  if (selected.status !== 200) throw new Error(`select answered ${selected.status}`);
  return selected.body.accessToken;
}

const rate = (title: string, body: object, token: string) => api.put<RatingResponse>(`/titles/${ids[title]}/rating`, body, token);
const titlesOf = (feed: FeedResponse) => feed.items.map((item) => item.title);
const forYou = async (token: string, limit: number) => (await api.get<FeedResponse>(`/me/recommendations?limit=${limit}`, token)).body;

/** Runs the training job through the admin API and waits until it finished; returns the job. */
async function train(): Promise<CatalogJobResponse> {
  const admin = tokens.sign({ role: 'admin' });
  const started = await api.post<CatalogJobResponse>('/admin/catalog/recommender/training', {}, admin);
  expect({ status: started.status, kind: started.body.kind }).toEqual({ status: 202, kind: 'recommender-training' });
  return waitFor('the training job', async () => {
    const job = (await api.get<CatalogJobResponse>(`/admin/catalog/backfills/${started.body.id}`, admin)).body;
    if (job.state === 'failed') throw new Error(`training failed: ${job.error ?? ''}`);
    return job.state === 'completed' ? job : undefined;
  }, 120_000, 500);
}

describe('ratings', () => {
  let user: SignedUpUser;
  let profile: string;
  beforeAll(async () => {
    user = await steps.newUser('rater');
    profile = await profileToken(user, { name: 'Rater' });
  });

  it('a profile rates a title, changes its mind, and the title shows the community average', async () => {
    await api.get(`/titles/${ids.Heat}`);
    const cached = await api.get<TitlePage>(`/titles/${ids.Heat}`);
    expect({ cache: cached.headers.get('x-cache'), rating: cached.body.communityRating }).toEqual({ cache: 'HIT', rating: { average: null, count: 0 } });
    expect((await rate('Heat', { stars: 4 }, profile)).body).toMatchObject({ titleId: ids.Heat, stars: 4, thumb: null });
    expect((await rate('Heat', { thumb: 'up' }, profile)).body).toMatchObject({ stars: 5, thumb: 'up' });
    await rate('Heat', { stars: 2 }, tokens.sign({ profileId: 'another-profile' }));
    expect((await api.get<TitlePage>(`/titles/${ids.Heat}`)).body.communityRating).toEqual({ average: 3.5, count: 2 });
    const mine = await api.get<RatingPageResponse>('/me/ratings', profile);
    expect(mine.body.items).toEqual([expect.objectContaining({ titleId: ids.Heat, stars: 5, thumb: 'up' })]);
  });

  it('removing a rating takes it out of the average; removing again is harmless', async () => {
    expect((await api.delete<RatingRemovedResponse>(`/titles/${ids.Heat}/rating`, profile)).body).toEqual({ titleId: ids.Heat, removed: true });
    expect((await api.delete<RatingRemovedResponse>(`/titles/${ids.Heat}/rating`, profile)).body.removed).toBe(false);
    expect((await api.get<TitlePage>(`/titles/${ids.Heat}`)).body.communityRating).toEqual({ average: 2, count: 1 });
    expect((await api.get<RatingPageResponse>('/me/ratings', profile)).body.meta.total).toBe(0);
  });

  it('bad ratings are clear 4xx answers', async () => {
    const cases: Array<[Promise<{ status: number; body: unknown }>, number, string?]> = [
      [rate('Heat', { stars: 6 }, profile), 400, 'COMMON.VALIDATION_FAILED'],
      [rate('Heat', { stars: 3, thumb: 'up' }, profile), 400, 'COMMON.VALIDATION_FAILED'],
      [rate('Heat', { thumb: { $gt: '' } }, profile), 400, 'COMMON.VALIDATION_FAILED'],
      [api.put('/titles/not-an-id/rating', { stars: 3 }, profile), 400],
      [api.put('/titles/665f1c2e9b1e8a0012345678/rating', { stars: 3 }, profile), 404, 'CATALOG.TITLE_NOT_FOUND'],
      [rate('Heat', { stars: 3 }, user.tokens.accessToken), 403, 'CATALOG.PROFILE_TOKEN_REQUIRED'],
      [api.put(`/titles/${ids.Heat}/rating`, { stars: 3 }), 401],
    ];
    for (const [answer, status, code] of cases) {
      const { status: actual, body } = await answer;
      expect({ actual, code: (body as Problem).code }).toEqual({ actual: status, code: code ?? (body as Problem).code });
    }
  });
});

describe('for you', () => {
  let user: SignedUpUser;
  beforeAll(async () => {
    user = await steps.newUser('fan');
    // Two other profiles: one with the same taste, one with the opposite.
    const twin = tokens.sign({ profileId: 'twin-profile' });
    const opposite = tokens.sign({ profileId: 'opposite-profile' });
    for (const [title, stars] of [['Heat', 5], ['Amelie', 1], ['Ronin', 5], ['Thief', 4]] as const) await rate(title, { stars }, twin);
    for (const [title, stars] of [['Heat', 1], ['Amelie', 5], ['Big Fish', 5]] as const) await rate(title, { stars }, opposite);
  });

  it('recommends what similar profiles liked once the model is trained, never what the profile rated or watched', async () => {
    const profile = await profileToken(user, { name: 'Fan' });
    await rate('Heat', { thumb: 'up' }, profile);
    await rate('Amelie', { thumb: 'down' }, profile);
    expect((await forYou(profile, 2)).source).toBe('popular-in-genres');
    await train();
    const first = await waitFor('the trained model', async () => {
      const feed = await forYou(profile, 2);
      return feed.source === 'collaborative' ? feed : undefined;
    }, 30_000, 250);
    expect(first).toEqual({ items: [expect.objectContaining({ title: 'Ronin' }), expect.objectContaining({ title: 'Thief' })], source: 'collaborative' });

    // Catalog learns of library writes by users' events (ADR 0018): "for you" follows once the event is applied.
    const without = (title: string) => waitFor(`${title} out of for you`, async () => {
      const feed = await forYou(profile, 3);
      return titlesOf(feed).includes(title) ? undefined : feed;
    }, 30_000, 100);
    expect((await api.put(`/me/history/${ids.Ronin}`, { positionSeconds: 600, durationSeconds: 6000 }, profile)).status).toBe(200);
    const after = await without('Ronin');
    expect(titlesOf(after)[0]).toBe('Thief');
    for (const seen of ['Ronin', 'Heat', 'Amelie']) expect(titlesOf(after)).not.toContain(seen);

    // A favourite leaves "for you"; taken back, it may be recommended again; finished, it leaves for good.
    expect((await api.put(`/me/favorites/${ids.Thief}`, {}, profile)).status).toBe(200);
    await without('Thief');
    expect((await api.delete(`/me/favorites/${ids.Thief}`, profile)).status).toBe(204);
    await waitFor('Thief back in for you', async () => {
      const feed = await forYou(profile, 3);
      return titlesOf(feed).includes('Thief') ? feed : undefined;
    }, 30_000, 100);
    expect((await api.put(`/me/history/${ids.Thief}`, { positionSeconds: 6000, durationSeconds: 6000 }, profile)).status).toBe(200);
    for (const seen of ['Thief', 'Ronin', 'Heat', 'Amelie']) expect(titlesOf(await without('Thief'))).not.toContain(seen);
  });

  it('a new profile gets the popular titles of its favourite genres', async () => {
    const profile = await profileToken(user, { name: 'Newcomer' });
    expect((await api.put(`/me/favorites/${ids['Toy Story']}`, {}, profile)).status).toBe(200);
    const feed = (await api.get<FeedResponse>('/me/recommendations?limit=3', profile)).body;
    expect(feed.source).toBe('popular-in-genres');
    expect(titlesOf(feed)).toEqual(['Cars', 'Heat', 'Ronin']);
  });

  it('a kid profile sees only titles within its maturity limit, and none its parent denied', async () => {
    const kid = await profileToken(user, { name: 'Kid', kid: true, maturityLevel: '7+' });
    const feed = (await api.get<FeedResponse>('/me/recommendations', kid)).body;
    expect({ source: feed.source, titles: titlesOf(feed) }).toEqual({ source: 'popularity', titles: ['Toy Story', 'Cars'] });

    const denyCars = async (profileId: string) => {
      expect((await api.put(`/me/profiles/${profileId}/title-rules/${ids.Cars}`, { rule: 'deny' }, user.tokens.accessToken)).status).toBe(200);
    };
    const ruled = await profileToken(user, { name: 'Ruled kid', kid: true, maturityLevel: '7+' }, denyCars);
    expect(titlesOf((await api.get<FeedResponse>('/me/recommendations', ruled)).body)).toEqual(['Toy Story']);
  });

  it('a title rated after a "for you" read is never in the next one (the cached row is not served)', async () => {
    const profile = await profileToken(user, { name: 'Rater' });
    const first = await forYou(profile, 3);
    expect(await forYou(profile, 3)).toEqual(first);
    for (const title of titlesOf(first)) {
      expect((await rate(title, { stars: 2 }, profile)).status).toBe(200);
      expect(titlesOf(await forYou(profile, 3))).not.toContain(title);
    }
  });

  it('a title raised above a kid’s limit after a "for you" read leaves the next ones (the cached row is recomputed)', async () => {
    const kid = await profileToken(await steps.newUser('parent'), { name: 'Kid', kid: true, maturityLevel: '7+' });
    expect(titlesOf(await forYou(kid, 5))).toContain('Cars');
    const rateCars = (maturityLevel: string) => api.patch(`/titles/${ids.Cars}`, { maturityLevel }, staffToken);
    expect((await rateCars('18+')).status).toBe(200);
    try {
      // Rows live 600 s: only the check of each cached title against the viewer's limit can drop it this soon.
      await waitFor('Cars out of the kid’s for you', async () => (titlesOf(await forYou(kid, 5)).includes('Cars') ? undefined : true), 30_000, 100);
    } finally {
      expect((await rateCars('all')).status).toBe(200);
    }
  });

  it('needs a profile token and a sane limit', async () => {
    expect((await api.get<Problem>('/me/recommendations', user.tokens.accessToken)).body.code).toBe('CATALOG.PROFILE_TOKEN_REQUIRED');
    expect((await api.get('/me/recommendations?limit=1000000000', tokens.sign({ profileId: 'p' }))).status).toBe(400);
    expect((await api.get('/me/recommendations')).status).toBe(401);
  });
});

describe('a trained model over many profiles', () => {
  const groups = {
    crime: [['Heat', 5], ['Ronin', 5], ['Thief', 4]],
    animation: [['Toy Story', 5], ['Cars', 5], ['Heat', 2]],
    drama: [['Amelie', 5], ['Big Fish', 5], ['Ronin', 1]],
  } as const;
  const raters = Object.entries(groups).flatMap(([group, history]) => Array.from({ length: 8 }, (_, i) => ({ profileId: `${group}-fan-${i}`, history })));
  const as = (profileId: string) => tokens.sign({ profileId });
  const probe = () => as('probe-profile');

  beforeAll(async () => {
    for (const { profileId, history } of raters) for (const [title, stars] of history) expect((await rate(title, { stars }, as(profileId))).status).toBe(200);
    await rate('Toy Story', { stars: 5 }, probe());
    await train();
  }, 300_000);

  it('never recommends a title the profile rated, to any of them', async () => {
    for (const { profileId, history } of raters) {
      const feed = await forYou(as(profileId), 10);
      for (const [title] of history) expect(titlesOf(feed)).not.toContain(title);
    }
  }, 120_000);

  it('follows the profile’s own ratings, and changes when the model is retrained on new ones', async () => {
    const before = await waitFor('the model for the probe', async () => {
      const feed = await forYou(probe(), 2);
      return titlesOf(feed)[0] === 'Cars' ? feed : undefined;
    }, 30_000, 250);
    expect(titlesOf(before)).toEqual(['Cars', 'Heat']);

    // Ten more profiles love Toy Story and Big Fish together: after retraining, Big Fish follows Toy Story too.
    for (let i = 0; i < 10; i += 1) for (const title of ['Toy Story', 'Big Fish']) await rate(title, { stars: 5 }, as(`bridge-${i}`));
    expect(titlesOf(await forYou(probe(), 2))).toEqual(['Cars', 'Heat']);
    await train();
    const after = await waitFor('the retrained model', async () => {
      const feed = await forYou(probe(), 2);
      return titlesOf(feed).includes('Big Fish') ? feed : undefined;
    }, 30_000, 250);
    expect({ source: after.source, titles: titlesOf(after) }).toEqual({ source: 'collaborative', titles: ['Cars', 'Big Fish'] });

    const rows = (await api.get<BecauseYouWatchedResponse>('/me/recommendations/because-you-watched?rows=2&limit=5', probe())).body.rows;
    expect(rows.map((row) => [row.seed.title, row.items.map((item) => item.title)])).toEqual([['Toy Story', ['Cars', 'Big Fish']]]);
  }, 300_000);

  it('only an admin may start training', async () => {
    expect((await api.post<Problem>('/admin/catalog/recommender/training', {}, tokens.sign({ role: 'staff' }))).status).toBe(403);
    expect((await api.post('/admin/catalog/recommender/training', {})).status).toBe(401);
  });
});

describe('trending from analytics', () => {
  /** Sessions that each count as one view (45 s played, above the 30 s threshold). */
  function sessions(title: string, count: number): object[] {
    return Array.from({ length: count }, () => new SimulatedPlayer(playbackSessionId(platform, ids[title] ?? ''), ids[title] ?? '', new Date(Date.now() - 120_000)).start(400).heartbeats(3, 15).events).flat();
  }

  it('falls back to popularity before players send anything', async () => {
    expect((await api.get<FeedResponse>('/titles/trending?window=day')).body.source).toBe('popularity-fallback:day');
  });

  it('players’ views reach analytics, and the catalog’s trending list follows its scores', async () => {
    const player = analyticsToken(platform, 'trending-viewer');
    const response = await postEvents(platform.url('/events'), [...sessions('Big Fish', 3), ...sessions('Amelie', 2), ...sessions('Thief', 1)], player);
    expect(response.status).toBe(202);

    const day = await waitFor('analytics-fed trending', async () => {
      const feed = (await api.get<FeedResponse>('/titles/trending?window=day')).body;
      return feed.source === 'analytics:day' && feed.items.length === 3 ? feed : undefined;
    }, 90_000, 500);
    expect(titlesOf(day)).toEqual(['Big Fish', 'Amelie', 'Thief']);
    // Analytics publishes each window's scores as its own event: the week's may land a moment after the day's.
    const week = await waitFor('analytics-fed weekly trending', async () => {
      const feed = (await api.get<FeedResponse>('/titles/trending?window=week')).body;
      return feed.source === 'analytics:week' && feed.items.length === 3 ? feed : undefined;
    }, 90_000, 500);
    expect(titlesOf(week)).toEqual(['Big Fish', 'Amelie', 'Thief']);
  });

  it('per genre: scores where the genre has enough of them, popularity otherwise', async () => {
    const drama = (await api.get<FeedResponse>('/titles/trending?window=day&genre=Drama')).body;
    expect({ source: drama.source, titles: titlesOf(drama) }).toEqual({ source: 'analytics:day', titles: ['Big Fish', 'Amelie'] });
    expect((await api.get<FeedResponse>('/titles/trending?window=day&genre=Crime')).body.source).toBe('popularity-fallback:day');
  });
});

describe('people', () => {
  let personId = '';
  beforeAll(async () => {
    const clint = { name: 'Clint Eastwood', tmdbId: 190 };
    for (const title of [
      { title: 'Unforgiven', releaseDate: '1992-08-07', cast: [{ ...clint, character: 'William Munny' }], crew: [{ ...clint, job: 'Director', department: 'Directing' }] },
      { title: 'Paint Your Wagon', releaseDate: '1969-10-15', maturityLevel: 'all', cast: [{ ...clint, character: 'Pardner' }] },
    ]) {
      const created = await api.post<TitleDetails>('/titles', { type: 'movie', ...title }, staffToken);
      if (created.status !== 201) throw new Error(`create answered ${created.status}`);
      personId = created.body.cast[0]?.personId ?? '';
    }
  });

  it('shows a person with their filmography, newest first, cast and crew apart', async () => {
    const { status, body } = await api.get<PersonPage>(`/people/${personId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: personId, name: 'Clint Eastwood', tmdbId: 190 });
    expect(body.cast.map((credit) => [credit.title, credit.character])).toEqual([['Unforgiven', 'William Munny'], ['Paint Your Wagon', 'Pardner']]);
    expect(body.crew.map((credit) => [credit.title, credit.job])).toEqual([['Unforgiven', 'Director']]);
  });

  it('a kid profile sees only the credits within its limit; unknown and malformed ids are 404 and 400', async () => {
    // A real kid profile: kid reads go through the profile's parental policy, which users must know.
    const parent = await steps.newUser('parent');
    const profile = await api.post<{ id: string }>('/me/profiles', { name: 'Kid', kid: true, maturityLevel: '7+' }, parent.tokens.accessToken);
    const selected = await api.post<{ accessToken: string }>(`/me/profiles/${profile.body.id}/select`, {}, parent.tokens.accessToken);
    const kid = selected.body.accessToken;
    expect((await api.get<PersonPage>(`/people/${personId}`, kid)).body.cast.map((credit) => credit.title)).toEqual(['Paint Your Wagon']);
    expect((await api.get<Problem>('/people/665f1c2e9b1e8a0012345678')).body).toMatchObject({ status: 404, code: 'CATALOG.PERSON_NOT_FOUND' });
    expect((await api.get('/people/%7B%22%24gt%22%3A%22%22%7D')).status).toBe(400);
  });
});
