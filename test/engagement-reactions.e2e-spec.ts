import { EngagementWorld, objectId, type Caller } from './support/engagement.js';
import type { Problem } from './support/http.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

interface Reactions {
  targetType: string;
  targetId: string;
  likes: number;
  dislikes: number;
  comments: number;
  mine?: 'like' | 'dislike' | null;
}

const platform = new Platform();
let world: EngagementWorld;
let creator: Caller;
let staff: Caller;

beforeAll(async () => {
  // The 200-request bursts share two cores and one FerretDB with other suites: a longer NATS deadline.
  await platform.start({ env: { NATS_REQUEST_TIMEOUT_MS: '15000' } });
  world = new EngagementWorld(platform);
  creator = world.caller('creator');
  staff = world.caller('staff');
});
afterAll(() => platform.stop());

const react = (caller: Caller, type: string, id: string, value: string) => world.api.put<Reactions & Problem>(`/reactions/${type}/${id}`, { value }, caller.token);

describe('likes and dislikes', () => {
  it('likes, changes to a dislike and takes it back, with counts and the caller’s own reaction', async () => {
    const video = await world.video(creator);
    const viewer = world.caller();
    expect((await react(viewer, 'video', video, 'like')).body).toMatchObject({ likes: 1, dislikes: 0, mine: 'like' });
    expect((await react(viewer, 'video', video, 'like')).body).toMatchObject({ likes: 1, dislikes: 0 });
    expect((await react(viewer, 'video', video, 'dislike')).body).toMatchObject({ likes: 0, dislikes: 1, mine: 'dislike' });
    expect((await world.api.get<Reactions>(`/reactions/video/${video}`, viewer.token)).body).toEqual({ targetType: 'video', targetId: video, likes: 0, dislikes: 1, comments: 0, mine: 'dislike' });
    expect((await world.api.delete<Reactions>(`/reactions/video/${video}`, viewer.token)).body).toMatchObject({ likes: 0, dislikes: 0, mine: null });
    expect((await world.api.delete<Reactions>(`/reactions/video/${video}`, viewer.token)).status).toBe(200);
    const anonymous = await world.api.get<Reactions>(`/reactions/video/${video}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).not.toHaveProperty('mine');
  });

  it('counts one reaction per profile, falling back to the account without one', async () => {
    const title = await world.title(staff);
    const account = world.caller();
    for (const caller of [account, account, world.asProfile(account, objectId()), world.asProfile(account, objectId())]) await react(caller, 'title', title, 'like');
    expect((await world.api.get<Reactions>(`/reactions/title/${title}`)).body).toMatchObject({ likes: 3, dislikes: 0 });
  });

  it('answers 404 for unknown targets, 400 for bad values or ids, 401 without a token', async () => {
    const viewer = world.caller();
    const missing = await react(viewer, 'video', objectId(), 'like');
    expect([missing.status, missing.body.code]).toEqual([404, 'ENGAGEMENT.TARGET_NOT_FOUND']);
    expect((await react(viewer, 'title', objectId(), 'like')).status).toBe(404);
    expect((await world.api.get(`/reactions/title/${objectId()}`)).status).toBe(404);
    const video = await world.video(creator);
    expect((await react(viewer, 'video', video, 'love')).status).toBe(400);
    expect((await react(viewer, 'video', 'not-an-id', 'like')).status).toBe(400);
    expect((await react(viewer, 'playlist', video, 'like')).status).toBe(400);
    expect((await world.api.put(`/reactions/video/${video}`, { value: 'like' })).status).toBe(401);
  });

  it('hides a private video’s reactions from strangers', async () => {
    const video = await world.video(creator, 'private');
    expect((await react(world.caller(), 'video', video, 'like')).status).toBe(404);
    expect((await react(creator, 'video', video, 'like')).status).toBe(200);
  });
});

describe('counts in title and video payloads', () => {
  it('adds live reaction counts to a cached title page', async () => {
    const title = await world.title(staff);
    const first = await world.api.get<{ id: string; reactions: { likes: number; dislikes: number } }>(`/titles/${title}`);
    expect(first.body.reactions).toEqual({ likes: 0, dislikes: 0 });
    await react(world.caller(), 'title', title, 'like');
    await react(world.caller(), 'title', title, 'dislike');
    const second = await world.api.get<{ id: string; reactions: { likes: number; dislikes: number } }>(`/titles/${title}`);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toMatchObject({ id: title, reactions: { likes: 1, dislikes: 1 } });
  });

  it('adds reaction counts to the creator’s video payload', async () => {
    const video = await world.video(creator);
    await react(world.caller(), 'video', video, 'like');
    const detail = await world.api.get<{ id: string; reactions: { likes: number; dislikes: number } }>(`/videos/${video}`, creator.token);
    expect(detail.body).toMatchObject({ id: video, reactions: { likes: 1, dislikes: 0 } });
  });
});

describe('concurrency', () => {
  it('ends 200 concurrent likes on one video at exactly 200, and 100 concurrent switches at 100/100', async () => {
    const video = await world.video(creator);
    const callers = Array.from({ length: 200 }, () => world.caller());
    const liked = await Promise.all(callers.map((caller) => react(caller, 'video', video, 'like')));
    expect(liked.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    expect((await world.api.get<Reactions>(`/reactions/video/${video}`)).body).toMatchObject({ likes: 200, dislikes: 0 });
    // The first 100 change their minds at once: each reaction still counts once.
    const switched = await Promise.all(callers.slice(0, 100).map((caller) => react(caller, 'video', video, 'dislike')));
    expect(switched.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    expect((await world.api.get<Reactions>(`/reactions/video/${video}`)).body).toMatchObject({ likes: 100, dislikes: 100 });
  });
});

describe('analytics', () => {
  it('feeds new likes of a video to analytics, which counts them in the video report', async () => {
    const video = await world.video(creator);
    await react(world.caller(), 'video', video, 'like');
    await react(world.caller(), 'video', video, 'like');
    await world.commentId(world.caller(), 'video', video, 'nice');
    const admin = world.caller('admin');
    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 3600_000).toISOString();
    const totals = await waitFor('likes in the analytics report', async () => {
      const report = await world.api.get<{ totals: { likes: number; comments: number } }>(`/analytics/videos/${video}?from=${from}&to=${to}&granularity=hour`, admin.token);
      return report.status === 200 && report.body.totals.likes === 2 && report.body.totals.comments === 1 ? report.body.totals : undefined;
    }, 30_000, 250);
    expect(totals).toMatchObject({ likes: 2, comments: 1 });
  });
});

describe('engagement down', () => {
  it('answers its routes with 503 and Retry-After, while title pages still answer without counts', async () => {
    const title = await world.title(staff);
    await platform.app('engagement').stop();
    try {
      const comment = await world.comment<{ code: string }>(world.caller(), 'title', title, 'anyone there?');
      expect([comment.status, comment.body.code]).toEqual([503, 'COMMON.SERVICE_UNAVAILABLE']);
      expect(comment.headers.get('retry-after')).toMatch(/^\d+$/);
      const page = await world.api.get<{ id: string; reactions?: unknown }>(`/titles/${title}`);
      expect(page.status).toBe(200);
      expect(page.body.id).toBe(title);
      expect(page.body).not.toHaveProperty('reactions');
    } finally {
      platform.app('engagement').start();
      await platform.waitUntilReady();
    }
  });
});
