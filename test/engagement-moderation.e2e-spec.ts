import { EngagementWorld, objectId, type Caller, type CommentPageBody } from './support/engagement.js';
import { Platform } from './support/platform.js';

interface Report {
  id: string;
  targetType: string;
  targetId: string;
  reason: string;
  details: string | null;
  reporterUserId: string;
  status: 'open' | 'resolved';
  action: string | null;
  note: string | null;
  resolvedBy: string | null;
}

interface AuditEntry {
  actorUserId: string;
  actorRole: string;
  action: string;
  targetType: string;
  targetId: string;
  reportId: string | null;
  outcome: string | null;
  note: string | null;
  at: string;
}

const platform = new Platform();
let world: EngagementWorld;
let creator: Caller;
let staff: Caller;
let admin: Caller;

beforeAll(async () => {
  await platform.start();
  world = new EngagementWorld(platform);
  creator = world.caller('creator');
  staff = world.caller('staff');
  admin = world.caller('admin');
});
afterAll(() => platform.stop());

const report = (caller: Caller | null, targetType: string, targetId: string, reason = 'spam', details?: string) =>
  world.api.post<Report & { code?: string }>('/reports', { targetType, targetId, reason, ...(details !== undefined && { details }) }, caller?.token);
const resolve = (caller: Caller | null, id: string, action: string, note?: string) =>
  world.api.post<Report & { code?: string }>(`/admin/moderation/reports/${id}/resolution`, { action, ...(note && { note }) }, caller?.token);
const queue = (caller: Caller, query = '') => world.api.get<{ items: Report[]; nextCursor: string | null; code?: string }>(`/admin/moderation/reports?limit=100${query}`, caller.token);

describe('filing reports', () => {
  it('lets any signed-in user report a title, a video and a comment, once while open', async () => {
    const [title, video] = [await world.title(staff), await world.video(creator)];
    const comment = await world.commentId(world.caller(), 'video', video, 'buy followers at example.com');
    const viewer = world.caller();
    for (const [type, id] of [['title', title], ['video', video], ['comment', comment]] as const) {
      const filed = await report(viewer, type, id, 'spam', '<b>look</b>\u202E');
      expect(filed.status).toBe(201);
      expect(filed.body).toMatchObject({ targetType: type, targetId: id, reason: 'spam', details: '<b>look</b>', reporterUserId: viewer.userId, status: 'open', action: null });
    }
    const again = await report(viewer, 'title', title, 'other');
    expect([again.status, again.body.code]).toEqual([409, 'ENGAGEMENT.REPORT_ALREADY_OPEN']);
    expect((await report(world.caller(), 'title', title, 'other')).status).toBe(201);
  });

  it('answers 404 for things that do not exist and 400 for unknown reasons or types, 401 anonymously', async () => {
    const viewer = world.caller();
    for (const type of ['title', 'video', 'comment']) {
      const missing = await report(viewer, type, objectId());
      expect([type, missing.status]).toEqual([type, 404]);
      expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const video = await world.video(creator);
    expect((await report(viewer, 'video', video, 'boring')).status).toBe(400);
    expect((await report(viewer, 'user', video)).status).toBe(400);
    expect((await report(viewer, 'video', video, 'spam', 'x'.repeat(1001))).status).toBe(400);
    expect((await report(null, 'video', video)).status).toBe(401);
  });
});

describe('the moderation queue (authorization matrix)', () => {
  it('shows the queue to staff and admins only, filtered by status and target type', async () => {
    const video = await world.video(creator);
    const filed = (await report(world.caller(), 'video', video, 'violence')).body;
    for (const caller of [world.caller(), creator]) {
      const refused = await queue(caller);
      expect([refused.status]).toEqual([403]);
    }
    expect((await world.api.get('/admin/moderation/reports')).status).toBe(401);
    for (const caller of [staff, admin]) {
      const open = await queue(caller, '&targetType=video');
      expect(open.status).toBe(200);
      expect(open.body.items.map((r) => r.id)).toContain(filed.id);
      expect(open.body.items.every((r) => r.targetType === 'video' && r.status === 'open')).toBe(true);
    }
    expect((await queue(staff, '&status=closed')).status).toBe(400);
  });

  it('lets staff and admins resolve, once; viewers and creators get 403', async () => {
    const video = await world.video(creator);
    const filed = (await report(world.caller(), 'video', video)).body;
    expect((await resolve(world.caller(), filed.id, 'dismiss')).status).toBe(403);
    expect((await resolve(creator, filed.id, 'dismiss')).status).toBe(403);
    expect((await resolve(null, filed.id, 'dismiss')).status).toBe(401);
    expect((await resolve(staff, filed.id, 'ban')).status).toBe(400);
    expect((await resolve(staff, objectId(), 'dismiss')).status).toBe(404);
    const dismissed = await resolve(staff, filed.id, 'dismiss', 'not spam');
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'resolved', action: 'dismiss', note: 'not spam', resolvedBy: staff.userId });
    const twice = await resolve(admin, filed.id, 'hide');
    expect([twice.status, twice.body.code]).toEqual([409, 'ENGAGEMENT.REPORT_ALREADY_RESOLVED']);
    expect((await queue(staff, '&status=resolved')).body.items.map((r) => r.id)).toContain(filed.id);
  });
});

describe('what a resolution does', () => {
  it('makes a hidden comment and its replies disappear from lists at once', async () => {
    const video = await world.video(creator);
    const [author, replier] = [world.caller(), world.caller()];
    const bad = await world.commentId(author, 'video', video, 'abuse');
    await world.commentId(replier, 'video', video, 'reply to abuse', bad);
    const fine = await world.commentId(author, 'video', video, 'fine');
    expect((await world.api.get<CommentPageBody>(`/comments?targetType=video&targetId=${video}`)).body.commentCount).toBe(3);
    const filed = (await report(world.caller(), 'comment', bad, 'harassment')).body;
    expect((await resolve(staff, filed.id, 'hide', 'harassment')).status).toBe(200);
    const page = await world.api.get<CommentPageBody>(`/comments?targetType=video&targetId=${video}`);
    expect(page.body.items.map((c) => c.id)).toEqual([fine]);
    expect(page.body.commentCount).toBe(1);
    expect((await world.api.get(`/comments/${bad}/replies`)).status).toBe(404);
    expect((await world.comment(world.caller(), 'video', video, 'late reply', bad)).status).toBe(409);
    expect((await report(world.caller(), 'comment', bad)).status).toBe(404);
  });

  it('makes a hidden title disappear from catalog lists, search and its page at once (cache included)', async () => {
    const name = `Moderated ${objectId()}`;
    const title = await world.title(staff, { title: name });
    const search = () => world.api.get<{ items: Array<{ id: string }> }>(`/search?q=${encodeURIComponent(name)}`);
    const listed = async () => {
      const ids: string[] = [];
      for (let page = 1; page <= 5; page++) {
        const answer = await world.api.get<{ items: Array<{ id: string }>; meta: { totalPages: number } }>(`/titles?limit=100&page=${page}`);
        ids.push(...answer.body.items.map((t) => t.id));
        if (page >= answer.body.meta.totalPages) break;
      }
      return ids;
    };
    // Warm the cache so the test shows it is cleared.
    expect((await world.api.get(`/titles/${title}`)).status).toBe(200);
    expect((await search()).body.items.map((t) => t.id)).toContain(title);
    expect(await listed()).toContain(title);
    const filed = (await report(world.caller(), 'title', title, 'copyright')).body;
    const second = (await report(world.caller(), 'title', title, 'other')).body;
    expect((await resolve(admin, filed.id, 'hide', 'rights holder complaint')).status).toBe(200);
    expect((await world.api.get(`/titles/${title}`)).status).toBe(404);
    expect((await search()).body.items.map((t) => t.id)).not.toContain(title);
    expect(await listed()).not.toContain(title);
    expect((await world.api.get(`/titles/${title}`, staff.token)).status).toBe(200);
    // The title's other open report was closed with the same decision.
    expect((await queue(staff, '&status=resolved&targetType=title')).body.items.find((r) => r.id === second.id)).toMatchObject({ action: 'hide' });
    expect((await world.comment(world.caller(), 'title', title, 'still there?')).status).toBe(404);
   });

  it('hides a video from viewers (404) while its creator still sees it', async () => {
    const video = await world.video(creator);
    const filed = (await report(world.caller(), 'video', video, 'sexual')).body;
    expect((await resolve(staff, filed.id, 'remove')).status).toBe(200);
    expect((await world.api.get(`/reactions/video/${video}`, world.caller().token)).status).toBe(404);
    expect((await world.comment(world.caller(), 'video', video, 'hello')).status).toBe(404);
    expect((await world.api.get(`/reactions/video/${video}`, creator.token)).status).toBe(200);
  });

  it('keeps an audit trail of every action: who, when, what', async () => {
    const video = await world.video(creator);
    const viewer = world.caller();
    const comment = await world.commentId(world.caller(), 'video', video, 'rude');
    const filed = (await report(viewer, 'comment', comment, 'harassment')).body;
    await resolve(staff, filed.id, 'remove', 'rule 3');
    const other = await world.commentId(world.caller(), 'video', video, 'off topic');
    await world.api.delete(`/comments/${other}`, creator.token);
    const trail = await world.api.get<{ items: AuditEntry[] }>(`/admin/moderation/audit?targetType=comment&targetId=${comment}`, admin.token);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e) => [e.action, e.actorUserId, e.actorRole, e.outcome])).toEqual([
      ['report.resolved', staff.userId, 'staff', 'remove'],
      ['comment.removed', staff.userId, 'staff', 'remove'],
      ['report.created', viewer.userId, 'viewer', null],
    ]);
    expect(trail.body.items[0]).toMatchObject({ reportId: filed.id, note: 'rule 3', at: expect.stringMatching(/^\d{4}-/) });
    const deletion = await world.api.get<{ items: AuditEntry[] }>(`/admin/moderation/audit?targetType=comment&targetId=${other}`, staff.token);
    expect(deletion.body.items.map((e) => [e.action, e.actorUserId, e.actorRole])).toEqual([['comment.deleted', creator.userId, 'creator']]);
    expect((await world.api.get('/admin/moderation/audit', viewer.token)).status).toBe(403);
    // The removed comment is gone from the list.
    expect((await world.api.get<CommentPageBody>(`/comments?targetType=video&targetId=${video}`)).body.items.map((c) => c.id)).not.toContain(comment);
  });
});
