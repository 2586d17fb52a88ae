import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Clock } from '@onstream/common';
import type { AuditRepository } from '../moderation/audit.repository.js';
import type { TargetDirectory } from '../targets/target-directory.js';
import { actor, NOW } from '../testing/factories.js';
import type { CommentSettingsRepository } from './comment-settings.repository.js';
import { CommentSettingsService } from './comment-settings.service.js';

const VIDEO = '665f1c2e9b1e8a0012345678';

function setup(ownerId: string | null) {
  const save = jest.fn<CommentSettingsRepository['save']>().mockResolvedValue(undefined);
  const record = jest.fn<AuditRepository['record']>().mockResolvedValue(undefined);
  const service = new CommentSettingsService(
    strictMock<CommentSettingsRepository>('CommentSettingsRepository', { save }),
    strictMock<TargetDirectory>('TargetDirectory', { resolve: async () => ({ ownerId, hidden: false }) }),
    strictMock<AuditRepository>('AuditRepository', { record }),
    strictMock<Clock>('Clock', { now: () => NOW }),
  );
  return { service, save, record };
}

describe('CommentSettingsService.set', () => {
  it('lets the video’s creator turn comments off and audits it', async () => {
    const { service, save, record } = setup('alice');
    await expect(service.set({ actor: actor('alice', 'creator'), targetType: 'video', targetId: VIDEO, settings: { commentsEnabled: false } })).resolves.toMatchObject({ commentsEnabled: false });
    expect(save).toHaveBeenCalledWith(`video:${VIDEO}`, false, 'alice', NOW);
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ userId: 'alice' }), 'comments.disabled', { targetType: 'video', targetId: VIDEO }, NOW);
  });

  it('refuses other creators and viewers, and everyone but staff on titles', async () => {
    await expect(setup('alice').service.set({ actor: actor('bob', 'creator'), targetType: 'video', targetId: VIDEO, settings: { commentsEnabled: false } })).rejects.toMatchObject({ status: 403 });
    await expect(setup(null).service.set({ actor: actor('alice', 'creator'), targetType: 'title', targetId: VIDEO, settings: { commentsEnabled: false } })).rejects.toMatchObject({ status: 403 });
    await expect(setup(null).service.set({ actor: actor('mod', 'staff'), targetType: 'title', targetId: VIDEO, settings: { commentsEnabled: false } })).resolves.toMatchObject({ commentsEnabled: false });
  });
});
