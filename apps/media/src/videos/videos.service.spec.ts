import { jest } from '@jest/globals';
import { type Clock, type OutboxEvent, VideoFields } from '@onstream/common';
import type { MediaOutbox } from '../events/media-outbox.js';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import type { JobQueue } from '../transcode/job-queue.js';
import type { VideosRepository } from './videos.repository.js';
import { VideosService } from './videos.service.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const fields = (overrides: Partial<VideoFields> = {}): VideoFields =>
  Object.assign(new VideoFields(), { title: 'Sunrise', category: 'travel', language: 'en', visibility: 'public', monetization: { model: 'free' }, ...overrides });

const kick = jest.fn();

function setup(repo: Partial<VideosRepository>, jobs: Partial<JobQueue> = {}) {
  const clock = strictMock<Clock>('Clock', { now: () => NOW });
  const outbox = strictMock<MediaOutbox>('MediaOutbox', { kick, trim: async (_collection: string, entries: OutboxEvent[] | undefined) => entries ?? [] });
  return new VideosService(strictMock<VideosRepository>('VideosRepository', repo), strictMock<JobQueue>('JobQueue', jobs), clock, outbox);
}

const eventOf = (events: OutboxEvent[]) => events.map(({ type, data, id }) => ({ type, data, id }));

describe('VideosService', () => {
  it('creates a video owned by the caller, awaiting its upload', async () => {
    const create = jest.fn(async (video: Parameters<VideosRepository['create']>[0], _events: OutboxEvent[]) => videoDoc({ ...video, id: String(video._id), status: 'awaiting_upload' }));
    const service = setup({ create });
    const response = await service.create({ actor: actor('creator', 'alice'), video: fields({ geo: { allow: ['FR'], deny: [] }, drm: true }) });
    const [stored, events] = create.mock.calls[0];
    expect(stored).toMatchObject({ ownerId: 'alice', title: 'Sunrise', monetizationModel: 'free', geoAllow: ['FR'], geoDeny: [], drm: true });
    expect(response).toMatchObject({ ownerId: 'alice', status: 'awaiting_upload', drm: true, geo: { allow: ['FR'], deny: [] } });
    const videoId = String(stored._id);
    expect(eventOf(events)).toEqual([{ type: 'media.video.created', data: { videoId, creatorId: 'alice' }, id: `video-created-${videoId}` }]);
    expect(kick).toHaveBeenCalled();
  });

  it('tells the catalog when a ready video’s visibility or metadata changes', async () => {
    const ready = videoDoc({ id: '665f1c2e9b1e8a0012345678', status: 'ready', assetId: 'a1', durationSeconds: 4, visibility: 'private', updatedAt: NOW });
    const updateIn = jest.fn(async (_id: string, _status: string, _changes: unknown, _events: OutboxEvent[]) => ready);
    const service = setup({ findById: async () => ready, updateIn });
    await service.update({ actor: actor(), id: '665f1c2e9b1e8a0012345678', changes: { visibility: 'private' } });
    const [, status, , events] = updateIn.mock.calls[0];
    expect(status).toBe('ready');
    expect(eventOf(events)).toEqual([{
      type: 'media.video.updated',
      data: { videoId: '665f1c2e9b1e8a0012345678', ownerId: 'user-1', assetId: 'a1', durationSeconds: 4, video: { title: 'Sunrise', description: undefined, category: 'travel', tags: [], language: 'en', visibility: 'private' } },
      id: expect.stringMatching(/^video-updated-665f1c2e9b1e8a0012345678-/),
    }]);
  });

  it('publishes nothing for a change before the video is ready (the ready event carries it)', async () => {
    const updateIn = jest.fn(async (_id: string, _status: string, _changes: unknown, _events: OutboxEvent[]) => videoDoc({ title: 'New' }));
    const service = setup({ findById: async () => videoDoc(), updateIn });
    await expect(service.update({ actor: actor(), id: 'x', changes: { title: 'New' } })).resolves.toMatchObject({ title: 'New' });
    expect(updateIn.mock.calls[0][3]).toEqual([]);
  });

  it('refuses a viewer', async () => {
    await expect(setup({}).create({ actor: actor('viewer'), video: fields() })).rejects.toMatchObject({ status: 403 });
  });

  it('answers 404 for another creator’s video', async () => {
    const service = setup({ findById: async () => videoDoc({ ownerId: 'bob' }) });
    await expect(service.get({ actor: actor('creator', 'alice'), id: 'x' })).rejects.toMatchObject({ status: 404 });
  });

  it('lets an admin read any video', async () => {
    const service = setup({ findById: async () => videoDoc({ ownerId: 'bob', title: 'Bob’s' }) });
    await expect(service.get({ actor: actor('admin', 'root'), id: 'x' })).resolves.toMatchObject({ title: 'Bob’s' });
  });

  it('lists only the caller’s videos for a creator and all for an admin', async () => {
    const page = jest.fn(async () => ({ items: [videoDoc()], total: 1 }));
    const service = setup({ page });
    await service.list({ actor: actor('creator', 'alice'), page: 2, limit: 10 });
    await service.list({ actor: actor('admin', 'root'), page: 1, limit: 5 });
    expect(page.mock.calls).toEqual([['alice', 2, 10], [undefined, 1, 5]]);
  });

  it('refuses to switch DRM once the video has an upload', async () => {
    const service = setup({ findById: async () => videoDoc({ status: 'ready', drm: false }) });
    await expect(service.update({ actor: actor(), id: 'x', changes: { drm: true } })).rejects.toMatchObject({ status: 409 });
  });

  it('requires a publish time when the visibility becomes scheduled', async () => {
    const service = setup({ findById: async () => videoDoc() });
    await expect(service.update({ actor: actor(), id: 'x', changes: { visibility: 'scheduled' } })).rejects.toMatchObject({ status: 400 });
  });

  it('soft-deletes, tells the catalog and schedules the storage cleanup', async () => {
    const video = videoDoc();
    const softDelete = jest.fn(async (_id: string, _at: Date, _events: OutboxEvent[]) => videoDoc({ deletedAt: NOW }));
    const scheduleCleanup = jest.fn(async () => undefined);
    const service = setup({ findById: async () => video, softDelete }, { scheduleCleanup });
    await service.remove({ actor: actor(), id: video.id as string });
    const [id, at, events] = softDelete.mock.calls[0];
    expect([id, at]).toEqual([video.id, NOW]);
    expect(eventOf(events)).toEqual([{ type: 'media.video.deleted', data: { videoId: video.id, ownerId: video.ownerId }, id: `video-deleted-${video.id as string}` }]);
    expect(scheduleCleanup).toHaveBeenCalledWith(video.id);
  });
});
