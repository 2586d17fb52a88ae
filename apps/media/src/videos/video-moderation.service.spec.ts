import { jest } from '@jest/globals';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import type { MediaConfig } from '../media.config.js';
import { VideoModerationService } from './video-moderation.service.js';
import type { VideosRepository } from './videos.repository.js';

const ID = '665f1c2e9b1e8a0012345678';
const CONFIG = { NATS_REQUEST_TIMEOUT_MS: 5000 } as MediaConfig;

describe('VideoModerationService', () => {
  it('tells anyone about a public video, with its owner', async () => {
    const service = new VideoModerationService(strictMock<VideosRepository>('VideosRepository', { findById: async () => videoDoc({ id: ID, ownerId: 'alice' }) }), CONFIG);
    await expect(service.lookup({ id: ID })).resolves.toEqual({ id: ID, ownerId: 'alice', hidden: false });
  });

  it('keeps private and hidden videos to their owner and staff', async () => {
    for (const video of [videoDoc({ id: ID, ownerId: 'alice', visibility: 'private' }), videoDoc({ id: ID, ownerId: 'alice', moderationHidden: true })]) {
      const service = new VideoModerationService(strictMock<VideosRepository>('VideosRepository', { findById: async () => video }), CONFIG);
      await expect(service.lookup({ id: ID, actor: actor('viewer', 'bob') })).rejects.toMatchObject({ status: 404 });
      await expect(service.lookup({ id: ID })).rejects.toMatchObject({ status: 404 });
      await expect(service.lookup({ id: ID, actor: actor('creator', 'alice') })).resolves.toMatchObject({ ownerId: 'alice' });
      await expect(service.lookup({ id: ID, actor: actor('staff', 'mod') })).resolves.toMatchObject({ ownerId: 'alice' });
    }
  });

  it('lets only staff and admins set the moderation flag', async () => {
    const setModerationHidden = jest.fn<VideosRepository['setModerationHidden']>(async () => videoDoc({ id: ID, moderationHidden: true }));
    const service = new VideoModerationService(strictMock<VideosRepository>('VideosRepository', { setModerationHidden }), CONFIG);
    await expect(service.setHidden({ actor: actor('creator', 'user-1'), id: ID, hidden: true })).rejects.toMatchObject({ status: 403 });
    await expect(service.setHidden({ actor: actor('staff', 'mod'), id: ID, hidden: true })).resolves.toMatchObject({ hidden: true });
    expect(setModerationHidden).toHaveBeenCalledWith(ID, true);
  });
});
