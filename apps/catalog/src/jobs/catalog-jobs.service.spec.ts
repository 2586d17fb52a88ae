import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { CatalogConfig } from '../catalog.config.js';
import type { MetadataProvider } from '../metadata/metadata-provider.js';
import type { CatalogJobQueue, CatalogJobRecord } from './catalog-job-queue.js';
import { CatalogJobsService } from './catalog-jobs.service.js';

const admin: AuthUser = { userId: 'a', sessionId: 's', role: 'admin', tokenType: 'access', kidProfile: false };
const staff: AuthUser = { ...admin, role: 'staff' };
const clock = { now: () => new Date('2026-11-26T12:00:00Z') };
const record = (overrides: Partial<CatalogJobRecord> = {}): CatalogJobRecord => ({
  id: 'backfill-providers-1', name: 'backfill', data: { kind: 'providers' }, state: 'active', progress: { processed: 5, total: 10, failed: 1 },
  startedAt: new Date('2026-11-26T12:00:01Z'), finishedAt: null, failedReason: null, ...overrides,
});

function setup(provider: MetadataProvider | null = strictMock<MetadataProvider>('provider', { name: 'tmdb' }), found: CatalogJobRecord | null = record()) {
  const queue = strictMock<CatalogJobQueue>('queue', {
    addBackfill: jest.fn<CatalogJobQueue['addBackfill']>().mockResolvedValue(undefined),
    addRefresh: jest.fn<CatalogJobQueue['addRefresh']>().mockResolvedValue(undefined),
    find: jest.fn<CatalogJobQueue['find']>().mockResolvedValue(found),
    scheduleNightlyRefresh: jest.fn<CatalogJobQueue['scheduleNightlyRefresh']>().mockResolvedValue(undefined),
    unscheduleNightlyRefresh: jest.fn<CatalogJobQueue['unscheduleNightlyRefresh']>().mockResolvedValue(undefined),
  });
  const service = new CatalogJobsService(queue, { TMDB_REFRESH_CRON: '0 3 * * *' } as CatalogConfig, clock, provider);
  return { service, queue };
}

describe('CatalogJobsService', () => {
  it('starts a backfill under a new id and answers its progress', async () => {
    const { service, queue } = setup();
    const started = await service.startBackfill({ actor: admin, kind: 'providers' });
    expect(queue.addBackfill).toHaveBeenCalledWith('providers', expect.stringMatching(/^backfill-providers-1795\d{12}$/));
    expect(started).toEqual({ id: 'backfill-providers-1', kind: 'providers', state: 'active', processed: 5, total: 10, failed: 1, startedAt: '2026-11-26T12:00:01.000Z', finishedAt: null, error: null });
  });

  it('is for admins only', async () => {
    const { service, queue } = setup();
    await expect(service.startBackfill({ actor: staff, kind: 'images' })).rejects.toMatchObject({ status: 403 });
    await expect(service.get({ actor: staff, id: 'backfill-images-1' })).rejects.toMatchObject({ status: 403 });
    expect(queue.addBackfill).not.toHaveBeenCalled();
  });

  it('answers 503 without a TMDb key and 404 for an unknown job', async () => {
    await expect(setup(null).service.runRefresh(admin)).rejects.toMatchObject({ status: 503, code: 'CATALOG.METADATA_PROVIDER_NOT_CONFIGURED' });
    await expect(setup(undefined, null).service.get({ actor: admin, id: 'tmdb-refresh-1' })).rejects.toMatchObject({ status: 404, code: 'CATALOG.BACKFILL_NOT_FOUND' });
  });

  it('reports a failed refresh with its reason', async () => {
    const { service } = setup(undefined, record({ id: 'tmdb-refresh-1', name: 'tmdb-refresh', data: {}, state: 'failed', failedReason: 'TMDb answered 401' }));
    expect(await service.get({ actor: admin, id: 'tmdb-refresh-1' })).toMatchObject({ kind: 'tmdb-refresh', state: 'failed', error: 'TMDb answered 401' });
  });

  it('schedules the nightly refresh only when TMDb is configured', async () => {
    const configured = setup();
    await configured.service.schedule();
    expect(configured.queue.scheduleNightlyRefresh).toHaveBeenCalledWith('0 3 * * *');
    const bare = setup(null);
    await bare.service.schedule();
    expect(bare.queue.unscheduleNightlyRefresh).toHaveBeenCalled();
    expect(bare.queue.scheduleNightlyRefresh).not.toHaveBeenCalled();
  });
});
