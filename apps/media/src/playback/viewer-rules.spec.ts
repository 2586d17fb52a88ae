import type { AuthUser, CatalogClient, PlaybackCheckResponse } from '@onstream/common';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import { ViewerRules } from './viewer-rules.js';

const VIDEO_ID = '665f1c2e9b1e8a0012345678';

function rules(answer: PlaybackCheckResponse, asked: unknown[] = []) {
  const send = async (...args: unknown[]) => (asked.push(args), answer);
  return new ViewerRules(strictMock<CatalogClient>('CatalogClient', { send: send as unknown as CatalogClient['send'] }));
}

const kid: AuthUser = { ...actor('viewer', 'parent'), profileId: 'p1', kidProfile: true, maturityLimit: '7+' };

describe('ViewerRules', () => {
  it('does not ask catalog for an adult without a maturity limit', async () => {
    const asked: unknown[] = [];
    await rules({ allowed: false, reason: 'parental' }, asked).requireAllowed(actor('viewer'), videoDoc({ id: VIDEO_ID }));
    expect(asked).toEqual([]);
  });

  it('asks catalog for a kid profile with the video’s rating, unrated counting as 18+', async () => {
    const asked: unknown[] = [];
    const video = videoDoc({ id: VIDEO_ID });
    delete (video as { maturityLevel?: string }).maturityLevel;
    await rules({ allowed: true, reason: null }, asked).requireAllowed(kid, video);
    expect(asked).toEqual([['catalog.playback.check', { actor: kid, videoId: VIDEO_ID, maturityLevel: '18+' }]]);
  });

  it.each([
    ['maturity', 'MEDIA.MATURITY_RESTRICTED'],
    ['parental', 'MEDIA.PARENTAL_DENIED'],
  ] as const)('refuses with 403 when catalog says %s', async (reason, code) => {
    await expect(rules({ allowed: false, reason }).requireAllowed(kid, videoDoc({ id: VIDEO_ID, maturityLevel: '7+' }))).rejects.toMatchObject({ status: 403, code });
  });

  it('asks for a paired device too', async () => {
    const asked: unknown[] = [];
    await rules({ allowed: true, reason: null }, asked).requireAllowed({ ...actor('viewer'), tokenType: 'device' }, videoDoc({ id: VIDEO_ID }));
    expect(asked).toHaveLength(1);
  });
});
