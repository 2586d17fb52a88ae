import { jest } from '@jest/globals';
import type { AssetReadyEvent, ProcessedEvents, VideoUpdatedEvent } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Types } from 'mongoose';
import type { GenresService } from '../genres/genres.service.js';
import type { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import { DELETED_VIDEOS_RECORD, OwnStreamsService } from './own-streams.service.js';

const now = new Date('2026-06-01T12:00:00Z');
const videoId = new Types.ObjectId().toHexString();
const ready = (visibility = 'public'): AssetReadyEvent => ({
  videoId,
  assetId: 'asset-2',
  ownerId: 'creator-1',
  durationSeconds: 95,
  renditions: [],
  posterKey: 'assets/poster.jpg',
  video: { title: 'Sunrise', description: 'Over the sea', category: 'travel', tags: ['sea'], language: 'en', visibility },
});

function setup(linked: StoredTitle[] = [], deletedBefore = false) {
  const titles = strictMock<TitlesRepository>('TitlesRepository', {
    findByMediaVideoId: jest.fn<TitlesRepository['findByMediaVideoId']>().mockResolvedValue(linked),
    create: jest.fn<TitlesRepository['create']>(async (fields) => ({ ...storedTitle(), ...fields })),
    setStream: jest.fn<TitlesRepository['setStream']>().mockResolvedValue(undefined),
    deleteTree: jest.fn<TitlesRepository['deleteTree']>(async (id) => [id]),
    update: jest.fn<TitlesRepository['update']>(async () => storedTitle()),
  });
  const changes = strictMock<TitleChangeFeed>('TitleChangeFeed', { titlesChanged: jest.fn<TitleChangeFeed['titlesChanged']>().mockResolvedValue(undefined) });
  const genres = strictMock<GenresService>('GenresService', { recount: jest.fn<GenresService['recount']>().mockResolvedValue(undefined) });
  const deleted = strictMock<ProcessedEvents>('ProcessedEvents', {
    has: jest.fn<ProcessedEvents['has']>().mockResolvedValue(deletedBefore),
    remember: jest.fn<ProcessedEvents['remember']>().mockResolvedValue(undefined),
  });
  const broadcasts = strictMock<CatalogBroadcastBus>('CatalogBroadcastBus', { publish: jest.fn<CatalogBroadcastBus['publish']>().mockResolvedValue(undefined) });
  return { service: new OwnStreamsService(titles, changes, genres, deleted, { now: () => now }, broadcasts), titles, changes, deleted, broadcasts };
}

const stream = { videoId, assetId: 'asset-2', durationSeconds: 95, readyAt: now, captionLanguages: [] };

describe('OwnStreamsService.assetReady', () => {
  it('should list a public video as a playable creator-video title under the video’s id', async () => {
    const { service, titles, changes } = setup();
    await service.assetReady(ready());
    expect(titles.create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'creator_video', title: 'Sunrise', overview: 'Over the sea', genres: ['Travel'], keywords: ['sea'], runtimeMinutes: 2, mediaVideoId: videoId, stream }),
      new Types.ObjectId(videoId),
    );
    expect(changes.titlesChanged).toHaveBeenCalledWith([videoId]);
  });

  it('should make titles linked to the video playable instead of creating one', async () => {
    const linked = storedTitle({ mediaVideoId: videoId });
    const { service, titles, broadcasts } = setup([linked]);
    await service.assetReady(ready());
    expect(titles.create).not.toHaveBeenCalled();
    expect(titles.setStream).toHaveBeenCalledWith(videoId, stream);
    // The gateways' cached page of the title said "not playable": dropped, not left to its TTL.
    expect(broadcasts.publish).toHaveBeenCalledWith('catalog.broadcast.cache.stale', { reason: `video ${videoId} became playable` });
  });

  it('should keep the caption languages the ready event names on the stream', async () => {
    const linked = storedTitle({ mediaVideoId: videoId });
    const { service, titles } = setup([linked]);
    const event = ready();
    await service.assetReady({ ...event, video: { ...event.video!, captionLanguages: ['en', 'fr'] } });
    expect(titles.setStream).toHaveBeenCalledWith(videoId, { ...stream, captionLanguages: ['en', 'fr'] });
  });

  it('should not list a private or unlisted video', async () => {
    const { service, titles } = setup();
    await service.assetReady(ready('unlisted'));
    expect(titles.create).not.toHaveBeenCalled();
  });

  it('should ignore a late ready event of a deleted video', async () => {
    const { service, titles, deleted } = setup([], true);
    await service.assetReady(ready());
    expect(deleted.has).toHaveBeenCalledWith(DELETED_VIDEOS_RECORD, videoId);
    expect(titles.findByMediaVideoId).not.toHaveBeenCalled();
  });
});

describe('OwnStreamsService.videoDeleted', () => {
  it('should remove the video’s own title, unlink other titles and remember the deletion', async () => {
    const own = storedTitle({ _id: new Types.ObjectId(videoId), type: 'creator_video', mediaVideoId: videoId });
    const staffLinked = storedTitle({ mediaVideoId: videoId });
    const { service, titles, deleted } = setup([own, staffLinked]);
    await service.videoDeleted({ videoId, ownerId: 'creator-1' });
    expect(deleted.remember).toHaveBeenCalledWith(DELETED_VIDEOS_RECORD, videoId);
    expect(titles.deleteTree).toHaveBeenCalledTimes(1);
    expect(titles.deleteTree).toHaveBeenCalledWith(videoId);
    expect(titles.setStream).toHaveBeenCalledWith(videoId, null);
  });
});

describe('OwnStreamsService.videoUpdated', () => {
  const updated = (visibility: string, title = 'Sunrise'): VideoUpdatedEvent => ({
    videoId, ownerId: 'creator-1', assetId: 'asset-2', durationSeconds: 95,
    video: { title, description: 'Over the sea', category: 'travel', tags: ['sea'], language: 'en', visibility },
  });
  const own = () => storedTitle({ _id: new Types.ObjectId(videoId), type: 'creator_video', mediaVideoId: videoId, releaseDate: new Date('2026-05-01T00:00:00Z') });

  it('should take a video made private out of the catalog and out of the gateways’ cached reads', async () => {
    const { service, titles, changes, broadcasts } = setup([own()]);
    await service.videoUpdated(updated('private'));
    expect(titles.deleteTree).toHaveBeenCalledWith(videoId);
    expect(changes.titlesChanged).toHaveBeenCalledWith([videoId]);
    expect(broadcasts.publish).toHaveBeenCalledWith('catalog.broadcast.cache.stale', { reason: `video ${videoId} left the catalog` });
  });

  it('should carry a public video’s new metadata to its title', async () => {
    const { service, titles } = setup([own()]);
    await service.videoUpdated(updated('public', 'Sunset'));
    expect(titles.update).toHaveBeenCalledWith(videoId, { title: 'Sunset', sortTitle: 'sunset', overview: 'Over the sea', genres: ['Travel'], keywords: ['sea'], originalLanguage: 'en' });
    expect(titles.deleteTree).not.toHaveBeenCalled();
  });

  it('should list a ready video made public', async () => {
    const { service, titles } = setup();
    await service.videoUpdated(updated('public'));
    expect(titles.create).toHaveBeenCalledWith(expect.objectContaining({ type: 'creator_video', title: 'Sunrise', mediaVideoId: videoId, stream }), new Types.ObjectId(videoId));
  });

  it('should leave titles staff linked to the video as they are', async () => {
    const { service, titles } = setup([storedTitle({ mediaVideoId: videoId })]);
    await service.videoUpdated(updated('private'));
    await service.videoUpdated(updated('public', 'Sunset'));
    expect(titles.deleteTree).not.toHaveBeenCalled();
    expect(titles.update).not.toHaveBeenCalled();
    expect(titles.create).not.toHaveBeenCalled();
  });

  it('should ignore an update of a deleted video', async () => {
    const { service, titles } = setup([], true);
    await service.videoUpdated(updated('public'));
    expect(titles.findByMediaVideoId).not.toHaveBeenCalled();
  });
});
