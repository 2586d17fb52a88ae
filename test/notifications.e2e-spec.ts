import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { EngagementEvents, JetStreamBus, MediaEvents, type AssetReadyEvent, type CommentRepliedEvent } from '@onstream/common';
import { BillingApi, CARDS, mintBillingCaller, newKey, type BillingCaller } from './support/billing-tokens.js';
import { Api, type Problem } from './support/http.js';
import { IdentitySteps, type SignedUpUser } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

// Each test waits for events, queues and mail on a shared, busy machine: give it time, assert no timings.
jest.setTimeout(60_000);

const WEBHOOK_SECRET = 'whsec_e2e_notifications';
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const billing = new BillingApi(platform);
const mailbox = new Mailbox();
const steps = new IdentitySteps(api, mailbox);
let bus: JetStreamBus;
let admin: BillingCaller;
let planId = '';

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, string>;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}
interface NotificationPage {
  items: Notification[];
  nextCursor: string | null;
}

const list = async (user: SignedUpUser, query = '') => (await api.get<NotificationPage>(`/me/notifications${query}`, user.tokens.accessToken)).body.items;
const unread = async (user: SignedUpUser) => (await api.get<{ unread: number }>('/me/notifications/unread-count', user.tokens.accessToken)).body.unread;
const asCaller = (user: SignedUpUser): BillingCaller => ({ userId: user.id, token: user.tokens.accessToken });

/** Waits until the user has a notification that matches, and returns it. */
function notificationOf(user: SignedUpUser, match: (n: Notification) => boolean): Promise<Notification> {
  return waitFor('notification', async () => (await list(user, '?limit=100')).find(match), 30_000, 200);
}

async function mailsTo(address: string, subject: string): Promise<number> {
  return (await mailbox.messagesTo(address)).filter((m) => m.Subject === subject).length;
}

function waitForMails(address: string, subject: string, count: number): Promise<number> {
  return waitFor(`${count} mail(s) "${subject}"`, async () => ((await mailsTo(address, subject)) >= count ? count : undefined), 30_000, 200);
}

function reply(parentAuthor: SignedUpUser, replier: SignedUpUser, commentId = randomUUID()): CommentRepliedEvent {
  return {
    eventId: randomUUID(),
    commentId,
    parentCommentId: randomUUID(),
    targetType: 'video',
    targetId: 'video_1',
    parentAuthorUserId: parentAuthor.id,
    replierUserId: replier.id,
    createdAt: new Date().toISOString(),
  };
}

const publishReply = (event: CommentRepliedEvent, envelopeId = event.eventId) => bus.publish(EngagementEvents.CommentReplied, event, envelopeId);

beforeAll(async () => {
  await platform.start({ env: { BILLING_SANDBOX_WEBHOOK_SECRET: WEBHOOK_SECRET, BILLING_TEST_CLOCK: 'true', BILLING_SWEEP_INTERVAL_MS: '0', NOTIFICATION_MAIL_BACKOFF_MS: '200' } });
  bus = await JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'notifications-e2e');
  admin = mintBillingCaller(platform, 'admin');
  const plan = await billing.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'Basic', interval: 'month', price: 999, currency: 'EUR', trialDays: 0, features: { maxQuality: '1080p', maxDevices: 2, maxStreams: 2, downloads: false } });
  if (plan.status !== 201) throw new Error(`plan not created: ${JSON.stringify(plan.body)}`);
  planId = plan.body.id;
}, 180_000);
afterAll(async () => {
  await bus?.close();
  await platform.stop();
});

describe('a reply to my comment (engagement.comment.replied on JetStream)', () => {
  let alice: SignedUpUser;
  let bob: SignedUpUser;
  let first: Notification;
  beforeAll(async () => {
    [alice, bob] = [await steps.newUser('alice'), await steps.newUser('bob')];
  });

  it('is listed for the parent comment’s author, newest first, and counted as unread', async () => {
    const event = reply(alice, bob);
    await publishReply(event);
    first = await notificationOf(alice, (n) => n.data.commentId === event.commentId);
    expect(first).toMatchObject({ kind: 'comment.reply', title: 'New reply to your comment', body: 'Test Viewer replied to your comment.', read: false, readAt: null });
    expect(first.data).toEqual({ commentId: event.commentId, parentCommentId: event.parentCommentId, targetType: 'video', targetId: 'video_1' });
    expect(await unread(alice)).toBe(1);
    expect(await list(bob)).toEqual([]);
  });

  it('applies a redelivered event once: same event id twice, and a re-publication under a new id', async () => {
    const event = reply(alice, bob);
    await publishReply(event);
    await publishReply(event);
    await publishReply({ ...event, eventId: randomUUID() });
    // The consumer applies events in order: once the marker is listed, the three were handled.
    const marker = reply(alice, bob);
    await publishReply(marker);
    await notificationOf(alice, (n) => n.data.commentId === marker.commentId);
    expect((await list(alice, '?limit=100')).filter((n) => n.data.commentId === event.commentId)).toHaveLength(1);
    expect(await unread(alice)).toBe(3);
  });

  it('is e-mailed only once the user opts in to reply e-mails (off by default)', async () => {
    const me = await api.get<{ preferences: { emailNotifications: boolean; notificationEmails: Record<string, boolean> } }>('/me', alice.tokens.accessToken);
    expect(me.body.preferences.notificationEmails).toEqual({ episodeNew: true, uploadReady: true, paymentFailed: true, subscriptionRenewsSoon: true, commentReply: false });
    const patched = await api.patch<typeof me.body>('/me', { preferences: { notificationEmails: { commentReply: true } } }, alice.tokens.accessToken);
    expect(patched.status).toBe(200);
    expect(patched.body.preferences.notificationEmails).toMatchObject({ commentReply: true, paymentFailed: true });
    const event = reply(alice, bob);
    await publishReply(event);
    await notificationOf(alice, (n) => n.data.commentId === event.commentId);
    await waitForMails(alice.email, 'New reply to your comment', 1);
    // The three earlier replies were decided "no e-mail" when they arrived; only this one is mailed.
    expect(await mailsTo(alice.email, 'New reply to your comment')).toBe(1);
  });

  it('ignores a reply to one’s own comment', async () => {
    const own = reply(alice, alice);
    await publishReply(own);
    const marker = reply(alice, bob);
    await publishReply(marker);
    await notificationOf(alice, (n) => n.data.commentId === marker.commentId);
    expect((await list(alice, '?limit=100')).some((n) => n.data.commentId === own.commentId)).toBe(false);
  });

  it('pages newest first with a cursor and filters unread ones', async () => {
    const all = await list(alice, '?limit=100');
    const page1 = await api.get<NotificationPage>('/me/notifications?limit=2', alice.tokens.accessToken);
    expect(page1.body.items.map((n) => n.id)).toEqual(all.slice(0, 2).map((n) => n.id));
    const page2 = await api.get<NotificationPage>(`/me/notifications?limit=2&cursor=${page1.body.nextCursor}`, alice.tokens.accessToken);
    expect(page2.body.items.map((n) => n.id)).toEqual(all.slice(2, 4).map((n) => n.id));
    const times = all.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('is marked read by its owner only; another account gets 404 and changes nothing', async () => {
    const before = await unread(alice);
    expect((await api.post<Problem>(`/me/notifications/${first.id}/read`, undefined, bob.tokens.accessToken))).toMatchObject({ status: 404, body: { code: 'USERS.NOTIFICATION_NOT_FOUND' } });
    expect((await api.post<{ marked: number }>('/me/notifications/read-all', undefined, bob.tokens.accessToken)).body).toEqual({ marked: 0 });
    expect(await unread(alice)).toBe(before);

    const marked = await api.post<Notification>(`/me/notifications/${first.id}/read`, undefined, alice.tokens.accessToken);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: first.id, read: true });
    const again = await api.post<Notification>(`/me/notifications/${first.id}/read`, undefined, alice.tokens.accessToken);
    expect(again.body.readAt).toBe(marked.body.readAt);
    expect(await unread(alice)).toBe(before - 1);
    expect((await list(alice, '?unread=true&limit=100')).map((n) => n.id)).not.toContain(first.id);

    const all = await api.post<{ marked: number }>('/me/notifications/read-all', undefined, alice.tokens.accessToken);
    expect(all.body).toEqual({ marked: before - 1 });
    expect(await unread(alice)).toBe(0);
    expect(await list(alice, '?unread=true')).toEqual([]);
  });

  it('refuses bad input with 4xx problems, never a 500', async () => {
    const token = alice.tokens.accessToken;
    const cases: Array<[string, string, unknown, number]> = [
      ['POST', '/me/notifications/not-an-id/read', undefined, 400],
      ['POST', `/me/notifications/${'f'.repeat(24)}/read`, undefined, 404],
      ['GET', '/me/notifications?foo=1', undefined, 400],
      ['GET', '/me/notifications?unread=yes', undefined, 400],
      ['GET', '/me/notifications?limit=0', undefined, 400],
      ['GET', '/me/notifications?limit=1000', undefined, 400],
      ['GET', '/me/notifications?cursor=bm90LWEtY3Vyc29y', undefined, 400],
      ['GET', '/me/notifications/unread-count?x=1', undefined, 400],
      ['POST', '/me/notifications/read-all?all=false', undefined, 400],
      ['PATCH', '/me', { preferences: { notificationEmails: { everything: true } } }, 400],
      ['PATCH', '/me', { preferences: { notificationEmails: { commentReply: 'yes' } } }, 400],
      ['PATCH', '/me', { preferences: { notificationEmails: 'off' } }, 400],
    ];
    for (const [method, path, body, status] of cases) {
      const response = await api.call<Problem>(method, path, { token, body });
      expect([method, path, response.status]).toEqual([method, path, status]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await api.get('/me/notifications')).status).toBe(401);
  });

  it('is for the account holder: a kid-profile token gets 403', async () => {
    const created = await api.post<{ id: string }>('/me/profiles', { name: 'Kiddo', kid: true, maturityLevel: '7+' }, alice.tokens.accessToken);
    const selected = await api.post<{ accessToken: string }>(`/me/profiles/${created.body.id}/select`, {}, alice.tokens.accessToken);
    expect((await api.get<Problem>('/me/notifications', selected.body.accessToken)).status).toBe(403);
  });
});

describe('upload ready (media.asset.ready)', () => {
  it('tells the video’s owner, and e-mails them by default', async () => {
    const creator = await steps.newUser('creator');
    const event: AssetReadyEvent = {
      videoId: 'vid_1', assetId: randomUUID(), ownerId: creator.id, durationSeconds: 30, renditions: [], posterKey: 'p.jpg',
      video: { title: 'My <b>first</b> film', category: 'film', tags: [], language: 'en', visibility: 'private' },
    };
    await bus.publish(MediaEvents.AssetReady, event, `asset-ready-${event.assetId}`);
    const notification = await notificationOf(creator, (n) => n.kind === 'upload.ready');
    expect(notification).toMatchObject({ title: 'Your upload is ready', body: '“My <b>first</b> film” has finished processing and can be published.', data: { videoId: 'vid_1', assetId: event.assetId } });
    await waitForMails(creator.email, 'Your upload is ready', 1);
  });
});

describe('billing: payment failed and subscription renews soon (real flows)', () => {
  it('a declined card makes a payment.failed notification and e-mail', async () => {
    await billing.setClock(admin, new Date('2027-01-01T00:00:00Z'));
    const viewer = await steps.newUser('declined');
    const reply = await billing.call('POST', '/payments/subscribe', asCaller(viewer), { planId, paymentMethod: CARDS.declined, country: 'DE' }, newKey());
    expect(reply.status).toBe(402);
    const notification = await notificationOf(viewer, (n) => n.kind === 'payment.failed');
    expect(notification.title).toBe('Your payment failed');
    expect(notification.body).toContain('€11.89');
    expect(notification.body).toContain('card_declined');
    await waitForMails(viewer.email, 'Your payment failed', 1);
  });

  it('a payment the provider fails later (webhook) makes a payment.failed notification', async () => {
    const now = new Date('2027-01-01T00:00:00Z');
    await billing.setClock(admin, now);
    const viewer = await steps.newUser('webhook');
    const started = await billing.call<{ payment?: { id: string; nextAction?: { providerPaymentId: string } } }>('POST', '/payments/subscribe', asCaller(viewer), { planId, paymentMethod: CARDS.requiresAction, country: 'DE' }, newKey());
    const providerPaymentId = started.body.payment?.nextAction?.providerPaymentId ?? '';
    expect(providerPaymentId).not.toBe('');
    const seconds = Math.floor(now.getTime() / 1000);
    const payload = JSON.stringify({ id: `evt_${providerPaymentId}_failed`, object: 'event', type: 'payment_intent.payment_failed', created: seconds, data: { object: { id: providerPaymentId } } });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp: seconds });
    const hook = await fetch(platform.url('/payments/webhooks/sandbox'), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
    expect(hook.status).toBe(200);
    const notification = await notificationOf(viewer, (n) => n.kind === 'payment.failed');
    expect(notification.data).toEqual({ transactionId: started.body.payment?.id });
  });

  it('the renewal sweep notices a period once, 3 days before it ends; e-mailed only when the kind is opted in', async () => {
    await billing.setClock(admin, new Date('2027-01-01T00:00:00Z'));
    const [optedIn, optedOut] = [await steps.newUser('renew-in'), await steps.newUser('renew-out')];
    expect((await api.patch('/me', { preferences: { notificationEmails: { subscriptionRenewsSoon: false } } }, optedOut.tokens.accessToken)).status).toBe(200);
    for (const user of [optedIn, optedOut]) {
      const subscribed = await billing.call('POST', '/payments/subscribe', asCaller(user), { planId, paymentMethod: CARDS.succeeds, country: 'DE' }, newKey());
      expect(subscribed.status).toBe(201);
    }
    expect(await billing.sweepAt(admin, new Date('2027-01-27T00:00:00Z'))).toMatchObject({ noticed: 0 });
    expect(await billing.sweepAt(admin, new Date('2027-01-29T00:00:00Z'))).toMatchObject({ noticed: 2 });
    expect(await billing.sweepAt(admin, new Date('2027-01-30T00:00:00Z'))).toMatchObject({ noticed: 0 });
    for (const user of [optedIn, optedOut]) {
      const notification = await notificationOf(user, (n) => n.kind === 'subscription.renews-soon');
      expect(notification).toMatchObject({ title: 'Your subscription renews soon', body: 'Basic renews on 2027-02-01 for €9.99 plus applicable tax.' });
    }
    await waitForMails(optedIn.email, 'Your subscription renews soon', 1);
    // Both notifications came from one sweep; the opted-out one was decided "no e-mail" when made.
    expect(await mailsTo(optedOut.email, 'Your subscription renews soon')).toBe(0);
    expect((await list(optedOut)).filter((n) => n.kind === 'subscription.renews-soon')).toHaveLength(1);
  });
});

describe('new episode of a watchlisted series (catalog.episode.created)', () => {
  it('tells every account with the series on a profile’s watchlist, once per account', async () => {
    const staff = mintBillingCaller(platform, 'staff');
    const createTitle = async (body: Record<string, unknown>) => {
      const created = await billing.call<{ id: string }>('POST', '/titles', staff, body);
      if (created.status !== 201) throw new Error(`title not created: ${created.status} ${JSON.stringify(created.body)}`);
      return created.body.id;
    };
    const seriesId = await createTitle({ type: 'series', title: 'Dark Waters' });
    const seasonId = await createTitle({ type: 'season', title: 'Season 2', parentId: seriesId, seasonNumber: 2 });
    const [fan, other] = [await steps.newUser('fan'), await steps.newUser('other')];
    for (const name of ['Ada', 'Grace']) {
      const profile = await api.post<{ id: string }>('/me/profiles', { name }, fan.tokens.accessToken);
      const selected = await api.post<{ accessToken: string }>(`/me/profiles/${profile.body.id}/select`, {}, fan.tokens.accessToken);
      expect((await api.put(`/me/watchlist/${seriesId}`, {}, selected.body.accessToken)).status).toBe(200);
    }
    const episodeId = await createTitle({ type: 'episode', title: 'Lost and Found', parentId: seasonId, seasonNumber: 2, episodeNumber: 3 });
    const notification = await notificationOf(fan, (n) => n.kind === 'episode.new');
    expect(notification).toMatchObject({ title: 'New episode of Dark Waters', body: 'S2E3 “Lost and Found” is now available.', data: { seriesId, seasonId, episodeId } });
    expect((await list(fan)).filter((n) => n.kind === 'episode.new')).toHaveLength(1);
    expect(await list(other)).toEqual([]);
    await waitForMails(fan.email, 'New episode of Dark Waters', 1);
  });
});

describe('OpenAPI', () => {
  it('documents every notification route with a summary, its answer and its problems', async () => {
    const document = (await (await fetch(`${platform.baseUrl}/docs-json`)).json()) as { paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>> };
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/me/notifications'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })));
    expect(operations.map((o) => o.route).sort()).toEqual([
      'GET /api/v1/me/notifications',
      'GET /api/v1/me/notifications/unread-count',
      'POST /api/v1/me/notifications/read-all',
      'POST /api/v1/me/notifications/{notificationId}/read',
    ]);
    for (const { route, operation } of operations) {
      expect({ route, summary: Boolean(operation.summary), statuses: Object.keys(operation.responses).sort() }).toEqual({
        route,
        summary: true,
        statuses: expect.arrayContaining(['200', '400', '401', '403']),
      });
    }
  });
});
