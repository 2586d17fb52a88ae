import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Types } from 'mongoose';
import type { ProviderDataRepository } from '../metadata/provider-data.repository.js';
import type { ReviewQueue } from '../review/review-queue.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { DeepLink } from '@onstream/common/schemas/deep-link.schema.js';
import { WHOLE_TITLE, type DeepLinksRepository, type StoredDeepLink } from './deep-links.repository.js';
import { DEVICE_REPORTS_PER_DAY, DeepLinksService } from './deep-links.service.js';

const device: AuthUser = { userId: 'u1', sessionId: 'device-1', role: 'viewer', tokenType: 'device', kidProfile: true, profileId: 'p1', maturityLimit: '7+' };
const staff: AuthUser = { userId: 's1', sessionId: 's', role: 'staff', tokenType: 'access', kidProfile: false };
const parent: AuthUser = { userId: 'u1', sessionId: 'a', role: 'viewer', tokenType: 'access', kidProfile: false };
const clock = { now: () => new Date('2026-12-06T01:00:00Z') };
const titleId = '665f1c2e9b1e8a0012345678';
const url = 'https://www.netflix.com/title/1';

const stored = (overrides: Partial<StoredDeepLink> = {}): StoredDeepLink => ({
  _id: new Types.ObjectId('665f1c2e9b1e8a00aaaaaaaa'), titleId, seasonNumber: WHOLE_TITLE, episodeNumber: WHOLE_TITLE, providerId: 8, url, source: 'device', reports: 1,
  status: 'pending', reviewedBy: null, reviewedAt: null, createdAt: new Date('2026-12-05T00:00:00Z'), ...overrides,
});

type FoundTitle = Awaited<ReturnType<TitlesRepository['findById']>>;

function setup({ type = 'movie', hidden = false, maturityRank = 0, reportsToday = 0, unknownProviders = [] as number[], counted = true, accepted = [] as StoredDeepLink[] } = {}) {
  const queue = strictMock<ReviewQueue<StoredDeepLink, DeepLink>>('queue', {});
  const links = strictMock<DeepLinksRepository>('links', {
    queue,
    reportsSince: jest.fn<DeepLinksRepository['reportsSince']>().mockResolvedValue(reportsToday),
    findOrCreate: jest.fn<DeepLinksRepository['findOrCreate']>().mockImplementation((key) => Promise.resolve(stored({ ...key }))),
    countReport: jest.fn<DeepLinksRepository['countReport']>().mockResolvedValue(counted),
    accepted: jest.fn<DeepLinksRepository['accepted']>().mockResolvedValue(accepted),
  });
  const titles = strictMock<TitlesRepository>('titles', {
    findById: jest.fn<TitlesRepository['findById']>().mockResolvedValue({ _id: new Types.ObjectId(titleId), type, hidden, maturityRank } as unknown as FoundTitle),
  });
  const providers = strictMock<ProviderDataRepository>('providers', { unknownProviderIds: jest.fn<ProviderDataRepository['unknownProviderIds']>().mockResolvedValue(unknownProviders) });
  return { service: new DeepLinksService(links, titles, providers, clock), links };
}

describe('DeepLinksService', () => {
  it('stores a device’s report of a whole-title link and counts the device once', async () => {
    const { service, links } = setup();
    const answer = await service.report({ actor: device, link: { titleId, providerId: 8, url } });
    expect(links.findOrCreate).toHaveBeenCalledWith({ titleId, providerId: 8, url, seasonNumber: WHOLE_TITLE, episodeNumber: WHOLE_TITLE }, 'device');
    expect(links.countReport).toHaveBeenCalledWith(expect.any(Types.ObjectId), 'device-1');
    expect(answer).toEqual({ id: '665f1c2e9b1e8a00aaaaaaaa', titleId, providerId: 8, url, seasonNumber: null, episodeNumber: null, status: 'pending', counted: true });
  });

  it('answers a repeat from the same device as not counted', async () => {
    expect(await setup({ counted: false }).service.report({ actor: device, link: { titleId, providerId: 8, url } })).toMatchObject({ counted: false });
  });

  it('keeps episode numbers only for a series', async () => {
    const series = setup({ type: 'series' });
    expect(await series.service.report({ actor: device, link: { titleId, providerId: 8, url, seasonNumber: 1, episodeNumber: 2 } })).toMatchObject({ seasonNumber: 1, episodeNumber: 2 });
    await expect(setup().service.report({ actor: device, link: { titleId, providerId: 8, url, seasonNumber: 1, episodeNumber: 2 } })).rejects.toMatchObject({ status: 422, code: 'CATALOG.DEEP_LINK_TARGET_INVALID' });
    await expect(setup({ type: 'episode' }).service.report({ actor: device, link: { titleId, providerId: 8, url } })).rejects.toMatchObject({ status: 422 });
  });

  it('refuses a hidden title or one above the device’s maturity limit (404) and an unknown provider (422)', async () => {
    await expect(setup({ maturityRank: 99 }).service.report({ actor: device, link: { titleId, providerId: 8, url } })).rejects.toMatchObject({ status: 404 });
    await expect(setup({ hidden: true }).service.report({ actor: device, link: { titleId, providerId: 8, url } })).rejects.toMatchObject({ status: 404 });
    await expect(setup({ unknownProviders: [8] }).service.report({ actor: device, link: { titleId, providerId: 8, url } })).rejects.toMatchObject({ status: 422 });
  });

  it('refuses a device past its daily reports before storing anything', async () => {
    const { service, links } = setup({ reportsToday: DEVICE_REPORTS_PER_DAY });
    await expect(service.report({ actor: device, link: { titleId, providerId: 8, url } })).rejects.toMatchObject({ status: 429, code: 'CATALOG.DEEP_LINK_REPORT_LIMIT' });
    expect(links.findOrCreate).not.toHaveBeenCalled();
  });

  it('takes reports from device tokens only and reviews from staff only', async () => {
    const { service, links } = setup();
    await expect(service.report({ actor: parent, link: { titleId, providerId: 8, url } })).rejects.toMatchObject({ status: 403 });
    await expect(service.review({ actor: device, id: titleId, decision: 'accept' })).rejects.toMatchObject({ status: 403 });
    await expect(service.review({ actor: parent, id: titleId, decision: 'accept' })).rejects.toMatchObject({ status: 403 });
    await expect(service.list({ actor: parent, query: { status: 'pending', limit: 20 } })).rejects.toMatchObject({ status: 403 });
    expect(links.findOrCreate).not.toHaveBeenCalled();
  });

  it('lets staff accept a link and answers 404 for an unknown one', async () => {
    const { service, links } = setup();
    const decide = jest.fn<ReviewQueue<StoredDeepLink, DeepLink>['decide']>().mockResolvedValueOnce(stored({ status: 'accepted', reviewedBy: 's1', reviewedAt: clock.now() })).mockResolvedValueOnce(null);
    Object.assign(links.queue, { decide });
    expect(await service.review({ actor: staff, id: titleId, decision: 'accept' })).toMatchObject({ status: 'accepted', reviewedBy: 's1', reviewedAt: '2026-12-06T01:00:00.000Z', reports: 1, source: 'device' });
    expect(decide).toHaveBeenCalledWith(titleId, 'accepted', 's1', clock.now());
    await expect(service.review({ actor: staff, id: titleId, decision: 'reject' })).rejects.toMatchObject({ status: 404, code: 'CATALOG.DEEP_LINK_NOT_FOUND' });
  });

  it('stores a backfilled link accepted by the system, but leaves one staff rejected alone', async () => {
    const decide = jest.fn<ReviewQueue<StoredDeepLink, DeepLink>['decide']>().mockResolvedValue(null);
    const fresh = setup();
    Object.assign(fresh.links.queue, { decide });
    await fresh.service.storeBackfilled(titleId, { providerId: 8, url, seasonNumber: 1, episodeNumber: 1 });
    expect(fresh.links.findOrCreate).toHaveBeenCalledWith({ titleId, providerId: 8, url, seasonNumber: 1, episodeNumber: 1 }, 'backfill');
    expect(decide).toHaveBeenCalledWith('665f1c2e9b1e8a00aaaaaaaa', 'accepted', 'system', clock.now());

    const rejected = setup();
    Object.assign(rejected.links, { findOrCreate: jest.fn<DeepLinksRepository['findOrCreate']>().mockResolvedValue(stored({ status: 'rejected' })) });
    Object.assign(rejected.links.queue, { decide });
    await rejected.service.storeBackfilled(titleId, { providerId: 8, url, seasonNumber: null, episodeNumber: null });
    expect(decide).toHaveBeenCalledTimes(1);
  });

  it('picks per title and provider the accepted link most devices reported, a whole-title link on a tie', async () => {
    const episode = stored({ url: 'nflx://title/1', seasonNumber: 1, episodeNumber: 1, reports: 3 });
    const whole = stored({ url: 'https://www.netflix.com/title/9', reports: 3 });
    const fewer = stored({ url: 'https://www.netflix.com/title/2', reports: 1 });
    const other = stored({ providerId: 337, url: 'disneyplus://video/1', reports: 1 });
    const { service } = setup({ accepted: [episode, whole, fewer, other] });
    expect(await service.bestFor([titleId])).toEqual([
      { titleId, providerId: 8, url: 'https://www.netflix.com/title/9', seasonNumber: null, episodeNumber: null },
      { titleId, providerId: 337, url: 'disneyplus://video/1', seasonNumber: null, episodeNumber: null },
    ]);
  });
});
