import { DomainError, ErrorCodes, type MeResponse, type StreamResponse, type SubscriptionResponse, type TransactionResponse, type VideoResponse } from '@onstream/common';
import { unlessRefused } from '../compat.decorators.js';
import { toOttTransaction } from './ott-money.dto.js';
import { asThumbnail } from './ott-uploads.controller.js';
import { fromOttUpdate, toOttSubscription, toOttUser } from './ott-user.dto.js';
import { fromOttChanges, fromOttVideo, toOttStream, toOttVideo } from './ott-video.dto.js';

const VIDEO_ID = '665f1c2e9b1e8a0012345678';

describe('seed 004 user mapping', () => {
  const me: MeResponse = {
    id: 'u1', email: 'ada@example.com', displayName: 'Ada', username: null, role: 'creator', emailVerified: true, createdAt: '2026-01-01T00:00:00.000Z',
    preferences: {
      playbackQuality: '720p', autoplayNext: false, autoplayPreviews: true, emailNotifications: true, pushNotifications: true, language: 'en', publicActivity: false, personalisedRecommendations: true,
      notificationEmails: { episodeNew: true, uploadReady: true, paymentFailed: true, subscriptionRenewsSoon: true, commentReply: false },
    },
  };
  const subscription = { planId: 'p1', status: 'active', currentPeriodStart: '2026-01-01T00:00:00.000Z', currentPeriodEnd: '2026-02-01T00:00:00.000Z', cancelAtPeriodEnd: false } as SubscriptionResponse;

  it('answers the account in the user schema’s names with its preferences, subscription and device names', () => {
    const sessions = { items: [{ deviceName: 'TV' }, { deviceName: 'Phone' }] } as Parameters<typeof toOttUser>[2];
    expect(toOttUser(me, subscription, sessions)).toEqual({
      _id: 'u1', name: 'Ada', email: 'ada@example.com', role: 'creator', emailVerified: true, createdAt: '2026-01-01T00:00:00.000Z',
      subscriptions: [{ planId: 'p1', startDate: '2026-01-01T00:00:00.000Z', endDate: '2026-02-01T00:00:00.000Z', status: 'active' }],
      devices: ['TV', 'Phone'],
      preferences: { quality: '720p', notifications: true, autoplay: false },
    });
  });

  it.each([
    ['trialing', false, 'active'], ['past_due', false, 'active'], ['active', true, 'cancelled'], ['canceled', false, 'cancelled'], ['expired', false, 'expired'],
  ] as const)('folds %s (cancel at period end: %s) into %s', (status, cancelAtPeriodEnd, expected) => {
    expect(toOttSubscription({ ...subscription, status, cancelAtPeriodEnd }).status).toBe(expected);
  });

  it('changes only the preferences that were given', () => {
    expect(fromOttUpdate({ preferences: { autoplay: true } })).toEqual({ preferences: { autoplayNext: true } });
    expect(fromOttUpdate({ name: 'Bea' })).toEqual({ displayName: 'Bea' });
  });
});

describe('seed 004 video mapping', () => {
  it('turns the seed’s price in currency units into minor units, DRM and geo restrictions into v1 fields', () => {
    expect(fromOttVideo({ title: 't', category: 'c', visibility: 'public', monetization: { type: 'pay_per_view', price: 4.99, currency: 'EUR' }, drmEnabled: true, geoRestrictions: ['KP'] })).toEqual({
      title: 't', category: 'c', visibility: 'public', language: 'und', monetization: { model: 'pay_per_view', priceMinor: 499, currency: 'EUR' }, drm: true, geo: { allow: [], deny: ['KP'] },
    });
    expect(fromOttChanges({ title: 'new' })).toEqual({ title: 'new' });
  });

  it('answers playlist paths per rendition, and the master once ready', () => {
    const video = {
      id: VIDEO_ID, ownerId: 'c1', title: 't', category: 'c', tags: [], language: 'en', maturityLevel: '18+', visibility: 'public', monetization: { model: 'free' }, geo: { allow: [], deny: [] },
      drm: false, status: 'ready', renditions: [{ name: '720p', width: 1280, height: 720, bandwidth: 1 }], customPoster: false, durationSeconds: 4, createdAt: 'x', updatedAt: 'y',
    } as VideoResponse;
    expect(toOttVideo(video)).toMatchObject({
      _id: VIDEO_ID, creatorId: 'c1', monetization: { type: 'free' }, duration: 4, filePath: `/api/v1/playback/${VIDEO_ID}/{token}/master.m3u8`, qualities: { '720p': `/api/v1/playback/${VIDEO_ID}/{token}/720p/index.m3u8` },
    });
    expect(toOttVideo(video)).not.toHaveProperty('stats');
  });

  it('plays the asked rendition with the same token, and the adaptive master for one the viewer does not receive', () => {
    const stream: StreamResponse = {
      playbackId: 'abc', playbackSessionId: 'abcmac', manifestUrl: `/api/v1/playback/${VIDEO_ID}/abc.def/master.m3u8`, expiresAt: 'e', encrypted: true, posterUrl: 'p', storyboardUrl: 's', renditions: ['720p', '360p'],
    };
    expect(toOttStream(VIDEO_ID, stream, '360p')).toEqual({
      videoId: VIDEO_ID, url: `/api/v1/playback/${VIDEO_ID}/abc.def/360p/index.m3u8`, quality: '360p', qualities: ['720p', '360p'], drmToken: 'abc.def', drmEnabled: true, expiresAt: 'e', posterUrl: 'p',
    });
    expect(toOttStream(VIDEO_ID, stream, '1080p')).toMatchObject({ url: stream.manifestUrl, quality: 'auto' });
  });
});

describe('seed 004 transaction mapping', () => {
  it('answers amounts in currency units and the tax rate in percent', () => {
    const charge = {
      id: 't1', userId: 'u1', type: 'ppv', status: 'completed', amount: 1190, netAmount: 1000, taxAmount: 190, taxRate: 1900, taxCountry: 'DE', currency: 'EUR', method: 'sandbox:card',
      description: 'd', metadata: { videoId: 'v1', creatorId: 'c1' }, createdAt: 'now',
    } as TransactionResponse;
    expect(toOttTransaction(charge)).toEqual({
      _id: 't1', userId: 'u1', creatorId: 'c1', videoId: 'v1', type: 'ppv', amount: 11.9, currency: 'EUR', status: 'completed', paymentMethod: 'sandbox:card',
      taxInfo: { amount: 1.9, rate: 19, country: 'DE' }, metadata: { videoId: 'v1', creatorId: 'c1' }, timestamp: 'now',
    });
  });
});

describe('the thumbnail upload', () => {
  it('replaces any kind the client sent with thumbnail and keeps the other metadata', () => {
    const kind = Buffer.from('thumbnail').toString('base64');
    expect(asThumbnail('videoId YWJj,kind dmlkZW8=,filename cC5qcGc=')).toBe(`videoId YWJj,filename cC5qcGc=,kind ${kind}`);
    expect(asThumbnail(undefined)).toBe(`kind ${kind}`);
  });
});

describe('unlessRefused', () => {
  it('turns only the named refusal into the fallback', async () => {
    await expect(unlessRefused(Promise.reject(DomainError.notFound('A subscription')), ErrorCodes.NotFound, 'none')).resolves.toBe('none');
    await expect(unlessRefused(Promise.reject(new DomainError(ErrorCodes.Forbidden, 403, 'no')), ErrorCodes.NotFound, 'none')).rejects.toMatchObject({ status: 403 });
    await expect(unlessRefused(Promise.resolve('value'), ErrorCodes.NotFound, 'none')).resolves.toBe('value');
  });
});
