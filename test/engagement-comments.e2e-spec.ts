import { ENGAGEMENT_STREAM, EngagementEvents, JetStreamBus, type CommentRepliedEvent, type EventEnvelope } from '@onstream/common';
import { EngagementWorld, objectId, type Caller, type CommentBody, type CommentPageBody } from './support/engagement.js';
import type { Problem } from './support/http.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

const EDIT_WINDOW_SECONDS = 4;
const platform = new Platform();
let world: EngagementWorld;
let creator: Caller;
let staff: Caller;
let video: string;
let title: string;

beforeAll(async () => {
  // The 200-request bursts share two cores and one FerretDB with other suites: a longer NATS deadline.
  await platform.start({ env: { NATS_REQUEST_TIMEOUT_MS: '15000' }, appEnv: { engagement: { COMMENT_EDIT_WINDOW_SECONDS: String(EDIT_WINDOW_SECONDS), COMMENT_MAX_CHARS: '2000' } } });
  world = new EngagementWorld(platform);
  creator = world.caller('creator');
  staff = world.caller('staff');
  video = await world.video(creator);
  title = await world.title(staff);
});
afterAll(() => platform.stop());

const list = (targetType: string, targetId: string, query = '', caller?: Caller) =>
  world.api.get<CommentPageBody>(`/comments?targetType=${targetType}&targetId=${targetId}${query}`, caller?.token);

describe('posting and reading comments', () => {
  it('stores a comment on a video and on a title and lists them newest first, to anonymous readers too', async () => {
    const viewer = world.caller();
    const first = await world.commentId(viewer, 'video', video, 'first!');
    const second = await world.commentId(viewer, 'video', video, 'second');
    await world.commentId(viewer, 'title', title, 'on the title');
    const page = await list('video', video);
    expect(page.status).toBe(200);
    expect(page.body.items.slice(0, 2).map((c) => c.id)).toEqual([second, first]);
    expect(page.body.items[0]).toMatchObject({ authorUserId: viewer.userId, text: 'second', deleted: false, replyCount: 0, likeCount: 0 });
    expect((await list('title', title)).body.items.map((c) => c.text)).toContain('on the title');
  });

  it('answers 404 for a video or title that does not exist, 400 for a malformed target, 401 without a token', async () => {
    const viewer = world.caller();
    const missingVideo = await world.comment<Problem>(viewer, 'video', objectId(), 'hello');
    expect([missingVideo.status, missingVideo.body.code]).toEqual([404, 'ENGAGEMENT.TARGET_NOT_FOUND']);
    expect((await world.comment<Problem>(viewer, 'title', objectId(), 'hello')).status).toBe(404);
    expect((await list('title', objectId())).status).toBe(404);
    const badType = await world.comment<Problem>(viewer, 'channel', video, 'hello');
    expect(badType.status).toBe(400);
    expect(badType.body.errors?.map((e) => e.field)).toContain('targetType');
    expect((await world.api.post('/comments', { targetType: 'video', targetId: video, text: 'anon' })).status).toBe(401);
  });

  it('does not list private videos’ comments to strangers', async () => {
    const privateVideo = await world.video(creator, 'private');
    expect((await world.comment(creator, 'video', privateVideo, 'note to self')).status).toBe(201);
    expect((await list('video', privateVideo, '', world.caller())).status).toBe(404);
    expect((await world.comment(world.caller(), 'video', privateVideo, 'hi')).status).toBe(404);
  });
});

describe('hostile text', () => {
  it('stores script tags verbatim and serves them only as JSON', async () => {
    const text = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
    const created = await world.comment(world.caller(), 'video', video, text);
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/^application\/json/);
    expect(created.body.text).toBe(text);
    const page = await list('video', video);
    expect(page.headers.get('content-type')).toMatch(/^application\/json/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.body.items.find((c) => c.id === created.body.id)?.text).toBe(text);
  });

  it('removes zero-width and bidi-override characters and control characters, keeping newlines and joiners', async () => {
    const text = 'a\u200Bb\u202Egnp.exe\u202C\u2066x\u2069\r\nline\u0007two\u0000\tend 👩\u200D💻';
    const created = await world.comment(world.caller(), 'video', video, text);
    expect(created.status).toBe(201);
    expect(created.body.text).toBe('abgnp.exex\nlinetwo end 👩\u200D💻');
  });

  it('refuses text that is empty once cleaned, too long, or not text', async () => {
    const viewer = world.caller();
    const invisible = await world.comment<Problem>(viewer, 'video', video, '\u200B\u202E \n\u200D');
    expect([invisible.status, invisible.body.code]).toEqual([400, 'ENGAGEMENT.COMMENT_EMPTY']);
    const long = await world.comment<Problem>(viewer, 'video', video, 'x'.repeat(2001));
    expect([long.status, long.body.code]).toEqual([400, 'ENGAGEMENT.COMMENT_TOO_LONG']);
    // 2,000 emoji are 4,000 UTF-16 units but 2,000 characters: allowed.
    expect((await world.comment(viewer, 'video', video, '🎬'.repeat(2000))).status).toBe(201);
    const notText = await world.api.post<Problem>('/comments', { targetType: 'video', targetId: video, text: { $gt: '' } }, viewer.token);
    expect(notText.status).toBe(400);
  });

  it('answers a 1 MB comment with 413 and a 100 kB one with 400, never a 500', async () => {
    const viewer = world.caller();
    const huge = await world.comment<Problem>(viewer, 'video', video, 'x'.repeat(1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const big = await world.comment<Problem>(viewer, 'video', video, 'x'.repeat(100_000));
    expect(big.status).toBe(400);
  });
});

describe('replies', () => {
  it('keeps replies one level deep: a reply to a reply joins its thread', async () => {
    const [alice, bob, carol] = [world.caller(), world.caller(), world.caller()];
    const root = await world.commentId(alice, 'video', video, 'root');
    const reply = await world.comment(bob, 'video', video, 'reply', root);
    expect(reply.status).toBe(201);
    expect(reply.body.parentId).toBe(root);
    const nested = await world.comment(carol, 'video', video, 'reply to reply', reply.body.id);
    expect(nested.body.parentId).toBe(root);
    const replies = await world.api.get<CommentPageBody>(`/comments/${root}/replies`);
    expect(replies.body.items.map((c) => c.text)).toEqual(['reply', 'reply to reply']);
    expect(replies.body.commentCount).toBe(2);
    const top = (await list('video', video)).body.items.find((c) => c.id === root);
    expect(top?.replyCount).toBe(2);
    expect((await world.api.get<Problem>(`/comments/${reply.body.id}/replies`)).status).toBe(400);
  });

  it('refuses a reply to a deleted comment with 409 and a reply across targets with 404', async () => {
    const alice = world.caller();
    const root = await world.commentId(alice, 'video', video, 'soon gone');
    expect((await world.api.delete(`/comments/${root}`, alice.token)).status).toBe(200);
    const late = await world.comment<Problem>(world.caller(), 'video', video, 'too late', root);
    expect([late.status, late.body.code]).toEqual([409, 'ENGAGEMENT.PARENT_COMMENT_DELETED']);
    const onTitle = await world.commentId(alice, 'title', title, 'title thread');
    expect((await world.comment(world.caller(), 'video', video, 'wrong place', onTitle)).status).toBe(404);
    expect((await world.comment(world.caller(), 'video', video, 'nobody', objectId())).status).toBe(404);
  });

  it('keeps a deleted comment’s thread as a placeholder; a deleted comment without replies disappears', async () => {
    const target = await world.video(creator);
    const [alice, bob] = [world.caller(), world.caller()];
    const withReplies = await world.commentId(alice, 'video', target, 'parent');
    await world.commentId(bob, 'video', target, 'child', withReplies);
    const alone = await world.commentId(alice, 'video', target, 'alone');
    await world.api.delete(`/comments/${withReplies}`, alice.token);
    await world.api.delete(`/comments/${alone}`, alice.token);
    const page = await list('video', target);
    expect(page.body.items).toEqual([expect.objectContaining({ id: withReplies, deleted: true, text: null, replyCount: 1 })]);
    expect(page.body.commentCount).toBe(1);
    expect((await world.api.get<CommentPageBody>(`/comments/${withReplies}/replies`)).body.items.map((c) => c.text)).toEqual(['child']);
  });

  it('publishes engagement.comment.replied with the contract payload for the parent’s author', async () => {
    const bus = await JetStreamBus.connect(platform.env.NATS_URL?.split(',') ?? [], 'e2e-replied');
    const seen: Array<EventEnvelope<CommentRepliedEvent>> = [];
    try {
      await bus.ensureStream(ENGAGEMENT_STREAM);
      await bus.consume<CommentRepliedEvent>({ stream: ENGAGEMENT_STREAM.name, durable: `e2e-${objectId()}`, types: [EngagementEvents.CommentReplied] }, async (event) => {
        seen.push(event);
      });
      const [alice, bob] = [world.caller(), world.caller()];
      const root = await world.commentId(alice, 'title', title, 'question?');
      const answer = await world.commentId(bob, 'title', title, 'answer', root);
      await world.commentId(alice, 'title', title, 'thanks (self-reply: no event)', root);
      const event = await waitFor('replied event', async () => seen.find((e) => e.data.commentId === answer), 60_000, 100);
      expect(event.id).toBe(event.data.eventId);
      expect(event.type).toBe('engagement.comment.replied');
      expect(event.data).toEqual({
        eventId: expect.any(String), commentId: answer, parentCommentId: root, targetType: 'title', targetId: title,
        parentAuthorUserId: alice.userId, replierUserId: bob.userId, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(seen.filter((e) => e.data.parentCommentId === root)).toHaveLength(1);
    } finally {
      await bus.close();
    }
  });
});

describe('who may edit and delete (authorization matrix)', () => {
  it('lets only the author edit, within the edit window', async () => {
    const author = world.caller();
    const id = await world.commentId(author, 'video', video, 'typo');
    const edited = await world.api.patch<CommentBody>(`/comments/${id}`, { text: 'fixed' }, author.token);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ text: 'fixed', editedAt: expect.any(String) });
    for (const other of [world.caller(), creator, staff, world.caller('admin')]) {
      const refused = await world.api.patch<Problem>(`/comments/${id}`, { text: 'hijack' }, other.token);
      expect([refused.status, refused.body.code]).toEqual([403, 'ENGAGEMENT.COMMENT_FORBIDDEN']);
    }
    expect((await world.api.patch(`/comments/${id}`, { text: 'anon' })).status).toBe(401);
    expect((await world.api.patch(`/comments/${objectId()}`, { text: 'x' }, author.token)).status).toBe(404);
    const closed = await waitFor('edit window to close', async () => {
      const answer = await world.api.patch<Problem>(`/comments/${id}`, { text: 'later' }, author.token);
      return answer.status === 403 ? answer : undefined;
    }, EDIT_WINDOW_SECONDS * 1000 + 15_000, 250);
    expect(closed.body.code).toBe('ENGAGEMENT.EDIT_WINDOW_CLOSED');
  });

  it('lets the author, the video’s creator and staff or admins delete, and nobody else', async () => {
    const otherCreator = world.caller('creator');
    const cases: Array<[string, Caller | null, number]> = [
      ['another viewer', world.caller(), 403],
      ['a creator of another video', otherCreator, 403],
      ['anonymous', null, 401],
      ['the author', null, 200],
      ['the video’s creator', creator, 200],
      ['staff', staff, 200],
      ['an admin', world.caller('admin'), 200],
    ];
    for (const [who, caller, expected] of cases) {
      const author = world.caller();
      const id = await world.commentId(author, 'video', video, `delete me (${who})`);
      const token = who === 'the author' ? author.token : who === 'anonymous' ? undefined : caller?.token;
      const answer = await world.api.delete<CommentBody>(`/comments/${id}`, token);
      expect([who, answer.status]).toEqual([who, expected]);
      if (expected === 200) expect(answer.body).toMatchObject({ id, deleted: true, text: null });
    }
  });

  it('gives a creator no power over comments on titles, but staff keep it', async () => {
    const id = await world.commentId(world.caller(), 'title', title, 'on a title');
    expect((await world.api.delete(`/comments/${id}`, creator.token)).status).toBe(403);
    expect((await world.api.delete(`/comments/${id}`, staff.token)).status).toBe(200);
    expect((await world.api.delete(`/comments/${id}`, staff.token)).status).toBe(200);
  });

  it('treats each profile of an account as its own author', async () => {
    const account = world.caller();
    const kid = world.asProfile(account, objectId(), { kid: true, maturityLimit: '7+' });
    const parent = world.asProfile(account, objectId());
    const sibling = world.asProfile(account, objectId());
    const id = await world.commentId(parent, 'video', video, 'from my profile');
    expect((await world.api.patch(`/comments/${id}`, { text: 'sibling edit' }, sibling.token)).status).toBe(403);
    expect((await world.api.patch(`/comments/${id}`, { text: 'account edit' }, account.token)).status).toBe(200);
    const kidAttempt = await world.comment<Problem>(kid, 'video', video, 'hi');
    expect([kidAttempt.status, kidAttempt.body.code]).toEqual([403, 'AUTH.SCOPE_FORBIDDEN']);
  });
});

describe('comment settings', () => {
  it('lets the video’s creator turn comments off; others get 403', async () => {
    const target = await world.video(creator);
    const viewer = world.caller();
    expect((await world.api.put(`/comment-settings/video/${target}`, { commentsEnabled: false }, viewer.token)).status).toBe(403);
    expect((await world.api.put(`/comment-settings/video/${target}`, { commentsEnabled: false }, world.caller('creator').token)).status).toBe(403);
    const off = await world.api.put(`/comment-settings/video/${target}`, { commentsEnabled: false }, creator.token);
    expect([off.status, off.body]).toEqual([200, { targetType: 'video', targetId: target, commentsEnabled: false }]);
    const refused = await world.comment<Problem>(viewer, 'video', target, 'hello?');
    expect([refused.status, refused.body.code]).toEqual([403, 'ENGAGEMENT.COMMENTS_DISABLED']);
    expect((await world.api.get(`/comment-settings/video/${target}`, viewer.token)).body).toMatchObject({ commentsEnabled: false });
    expect((await world.api.put(`/comment-settings/video/${target}`, { commentsEnabled: true }, staff.token)).status).toBe(200);
    expect((await world.comment(viewer, 'video', target, 'hello!')).status).toBe(201);
    expect((await world.api.put(`/comment-settings/title/${title}`, { commentsEnabled: false }, creator.token)).status).toBe(403);
    expect((await world.api.put(`/comment-settings/video/${objectId()}`, { commentsEnabled: false }, staff.token)).status).toBe(404);
  });
});

describe('likes, sorting and paging', () => {
  it('counts one like per profile or account, idempotently, and sorts top first', async () => {
    const target = await world.video(creator);
    const [a, b] = [world.caller(), world.caller()];
    const quiet = await world.commentId(a, 'video', target, 'quiet');
    const loved = await world.commentId(a, 'video', target, 'loved');
    const liker = world.caller();
    expect((await world.api.put(`/comments/${quiet}/like`, undefined, liker.token)).body).toMatchObject({ liked: true, likeCount: 1 });
    expect((await world.api.put(`/comments/${quiet}/like`, undefined, liker.token)).body).toMatchObject({ liked: true, likeCount: 1 });
    expect((await world.api.delete(`/comments/${quiet}/like`, liker.token)).body).toMatchObject({ liked: false, likeCount: 0 });
    expect((await world.api.delete(`/comments/${quiet}/like`, liker.token)).body).toMatchObject({ liked: false, likeCount: 0 });
    for (const caller of [a, b, world.asProfile(b, objectId())]) await world.api.put(`/comments/${loved}/like`, undefined, caller.token);
    const top = await list('video', target, '&sort=top', b);
    expect(top.body.items.map((c) => [c.text, c.likeCount, c.likedByMe])).toEqual([['loved', 3, true], ['quiet', 0, false]]);
    expect((await world.api.put(`/comments/${objectId()}/like`, undefined, a.token)).status).toBe(404);
  });

  it('pages with cursors without overlap, and refuses a forged cursor with 400', async () => {
    const target = await world.video(creator);
    const author = world.caller();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await world.commentId(author, 'video', target, `c${i}`));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: CommentPageBody } = await list('video', target, `&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const forged = Buffer.from(JSON.stringify({ i: { $gt: '' } })).toString('base64url');
    expect((await list('video', target, `&cursor=${forged}`)).status).toBe(400);
    expect((await list('video', target, '&limit=1000')).status).toBe(400);
  });

  it('pages the top sort by likes, newest first among equals', async () => {
    const target = await world.video(creator);
    const author = world.caller();
    const [none, oneOld, two, oneNew] = [
      await world.commentId(author, 'video', target, 'none'),
      await world.commentId(author, 'video', target, 'one, older'),
      await world.commentId(author, 'video', target, 'two'),
      await world.commentId(author, 'video', target, 'one, newer'),
    ];
    const likes: Array<[string, number]> = [[two, 2], [oneOld, 1], [oneNew, 1]];
    for (const [id, count] of likes) for (let i = 0; i < count; i++) await world.api.put(`/comments/${id}/like`, undefined, world.caller().token);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: CommentPageBody } = await list('video', target, `&sort=top&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([two, oneNew, oneOld, none]);
  });
});

describe('concurrency', () => {
  it('ends 200 concurrent comments and 200 concurrent likes on one video with exact counts', async () => {
    const target = await world.video(creator);
    const callers = Array.from({ length: 200 }, () => world.caller());
    const created = await Promise.all(callers.map((caller, i) => world.comment(caller, 'video', target, `concurrent ${i}`)));
    expect(created.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const firstId = created[0]?.body.id ?? '';
    const liked = await Promise.all(callers.map((caller) => world.api.put(`/comments/${firstId}/like`, undefined, caller.token)));
    expect(liked.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const page = await list('video', target, '&sort=top&limit=100');
    expect(page.body.commentCount).toBe(200);
    expect(page.body.items[0]).toMatchObject({ id: firstId, likeCount: 200 });
    const all = new Set<string>();
    let cursor: string | null = null;
    do {
      const next: { body: CommentPageBody } = await list('video', target, `&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      next.body.items.forEach((c) => all.add(c.id));
      cursor = next.body.nextCursor;
    } while (cursor);
    expect(all.size).toBe(200);
  });
});
