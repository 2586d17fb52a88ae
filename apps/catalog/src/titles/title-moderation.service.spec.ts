import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import { storedTitle } from './stored-title.factory.js';
import { TitleModerationService } from './title-moderation.service.js';
import type { TitlesRepository } from './titles.repository.js';

const actor = (role: AuthUser['role'], extra: Partial<AuthUser> = {}): AuthUser => ({ userId: 'u1', sessionId: 's1', role, tokenType: 'access', kidProfile: false, ...extra });

function setup(titles: Partial<TitlesRepository>) {
  const titlesWritten = jest.fn<TitleChangeFeed['titlesWritten']>().mockResolvedValue(undefined);
  const service = new TitleModerationService(strictMock<TitlesRepository>('TitlesRepository', titles), strictMock<TitleChangeFeed>('TitleChangeFeed', { titlesWritten }));
  return { service, titlesWritten };
}

describe('TitleModerationService', () => {
  it('finds a visible title for anyone, a hidden one only for staff', async () => {
    const hidden = storedTitle({ hidden: true });
    const { service } = setup({ findById: async () => hidden });
    const id = hidden._id.toHexString();
    await expect(service.lookup({ id })).rejects.toMatchObject({ status: 404, code: 'CATALOG.TITLE_NOT_FOUND' });
    await expect(service.lookup({ id, actor: actor('viewer') })).rejects.toMatchObject({ status: 404 });
    await expect(service.lookup({ id, actor: actor('staff') })).resolves.toEqual({ id, type: hidden.type, hidden: true });
  });

  it('hides a title above a kid profile’s maturity limit', async () => {
    const adult = storedTitle({ maturityLevel: '18+', maturityRank: 4 });
    const { service } = setup({ findById: async () => adult });
    await expect(service.lookup({ id: adult._id.toHexString(), actor: actor('viewer', { kidProfile: true, maturityLimit: '7+' }) })).rejects.toMatchObject({ status: 404 });
  });

  it('lets staff set the flag and refreshes the search index; others get 403', async () => {
    const title = storedTitle();
    const setHidden = jest.fn<TitlesRepository['setHidden']>(async () => ({ ...title, hidden: true }));
    const { service, titlesWritten } = setup({ setHidden });
    const id = title._id.toHexString();
    await expect(service.setHidden({ actor: actor('creator'), id, hidden: true })).rejects.toMatchObject({ status: 403 });
    expect(setHidden).not.toHaveBeenCalled();
    await expect(service.setHidden({ actor: actor('admin'), id, hidden: true })).resolves.toMatchObject({ hidden: true });
    // The index takes the title as the store wrote it (hidden), without reading it back.
    expect(titlesWritten).toHaveBeenCalledWith([{ ...title, hidden: true }]);
  });
});
