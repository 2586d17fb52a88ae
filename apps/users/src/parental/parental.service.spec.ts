import { jest } from '@jest/globals';
import type { DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { TitleRuleDocument } from '@onstream/common/schemas/title-rule.schema.js';
import type { Clock } from '../infrastructure/clock.js';
import type { ProfilesRepository } from '../profiles/profiles.repository.js';
import { actor, NOW, profileDoc } from '../testing/factories.js';
import { ParentalService } from './parental.service.js';
import type { TitleRulesRepository } from './title-rules.repository.js';

const KID = profileDoc({ id: '64b0000000000000000000c1', kid: true, maturityLevel: '7+' });
const rule = (titleId: string, value: 'allow' | 'deny') => ({ titleId, rule: value, updatedAt: NOW }) as unknown as TitleRuleDocument;

function setup(profile = KID) {
  const profiles = strictMock<ProfilesRepository>('profiles', { findOwned: jest.fn<ProfilesRepository['findOwned']>().mockResolvedValue(profile) });
  const rules = strictMock<TitleRulesRepository>('rules', {
    listOfProfile: jest.fn<TitleRulesRepository['listOfProfile']>().mockResolvedValue([rule('tt-ok', 'allow'), rule('tt-no', 'deny')]),
    set: jest.fn<TitleRulesRepository['set']>(),
  });
  return { service: new ParentalService(profiles, rules, strictMock<Clock>('clock', { now: () => NOW })), rules };
}

describe('ParentalService', () => {
  it('gives a kid profile’s limit and rules from the stored profile', async () => {
    const { service } = setup();
    expect(await service.viewingPolicy(actor({ profileId: KID.id as string, kidProfile: true }))).toEqual({ profileId: KID.id, kid: true, maturityLevel: '7+', allowedTitleIds: ['tt-ok'], deniedTitleIds: ['tt-no'] });
  });

  it('gives the adult default to a caller without a profile', async () => {
    const { service } = setup();
    expect(await service.viewingPolicy(actor())).toEqual({ profileId: null, kid: false, maturityLevel: '18+', allowedTitleIds: [], deniedTitleIds: [] });
  });

  it('refuses rules on an adult profile', async () => {
    const { service, rules } = setup(profileDoc({ kid: false }));
    const error = await service.set({ actor: actor(), profileId: '64b0000000000000000000b1', titleId: 'tt', rule: 'deny' }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 409, code: 'USERS.NOT_A_KID_PROFILE' });
    expect(rules.set).not.toHaveBeenCalled();
  });

  it('refuses a kid profile managing rules', async () => {
    const { service } = setup();
    const error = await service.list({ actor: actor({ kidProfile: true, profileId: KID.id as string }), profileId: KID.id as string }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 403 });
  });
});
