import { jest } from '@jest/globals';
import type { CatalogClient, DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { TitleRuleDocument } from '@onstream/common/schemas/title-rule.schema.js';
import type { Clock } from '@onstream/common';
import type { ProfilesRepository } from '../profiles/profiles.repository.js';
import { actor, NOW, profileDoc, viewingPolicies } from '../testing/factories.js';
import { ParentalService } from './parental.service.js';
import type { TitleRulesRepository } from './title-rules.repository.js';

const KID = profileDoc({ id: '64b0000000000000000000c1', kid: true, maturityLevel: '7+', parentalMode: 'open', deniedTags: ['violence'] });
const HOLDER = actor();
const rule = (titleId: string, value: 'allow' | 'deny') => ({ titleId, rule: value, updatedAt: NOW }) as unknown as TitleRuleDocument;

function setup(profile = KID, ruleCount = 2, policies = viewingPolicies()) {
  const profiles = strictMock<ProfilesRepository>('profiles', {
    findOwned: jest.fn<ProfilesRepository['findOwned']>().mockResolvedValue(profile),
    setParentalControls: jest.fn<ProfilesRepository['setParentalControls']>().mockImplementation(async (_user, _id, controls) => profileDoc({ ...KID, ...controls })),
  });
  const rules = strictMock<TitleRulesRepository>('rules', {
    listOfProfile: jest.fn<TitleRulesRepository['listOfProfile']>().mockResolvedValue([rule('tt-ok', 'allow'), rule('tt-no', 'deny')]),
    countOfProfile: jest.fn<TitleRulesRepository['countOfProfile']>().mockResolvedValue(ruleCount),
    ruleFor: jest.fn<TitleRulesRepository['ruleFor']>().mockResolvedValue(null),
    set: jest.fn<TitleRulesRepository['set']>().mockResolvedValue(rule('tt-new', 'deny')),
  });
  const catalog = strictMock<CatalogClient>('catalog', {
    send: jest.fn<() => Promise<unknown>>().mockResolvedValue({ items: [{ slug: 'violence' }, { slug: 'scary-scenes' }] }) as unknown as CatalogClient['send'],
  });
  return { service: new ParentalService(profiles, rules, strictMock<Clock>('clock', { now: () => NOW }), catalog, policies), rules, profiles, policies };
}

describe('ParentalService', () => {
  it('gives a kid profile’s limit, mode, rules and denied tags from the stored profile', async () => {
    const { service } = setup();
    expect(await service.viewingPolicy(actor({ profileId: KID.id as string, kidProfile: true }))).toEqual({
      profileId: KID.id,
      kid: true,
      maturityLevel: '7+',
      mode: 'open',
      allowedTitleIds: ['tt-ok'],
      deniedTitleIds: ['tt-no'],
      deniedTags: ['violence'],
      version: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
  });

  it('gives the adult default to a caller without a profile', async () => {
    const { service } = setup();
    expect(await service.viewingPolicy(actor())).toMatchObject({ profileId: null, kid: false, maturityLevel: '18+', mode: 'open', allowedTitleIds: [], deniedTitleIds: [], deniedTags: [] });
  });

  it('answers from the read model without reading the store, and fills it after a store read', async () => {
    const kidActor = actor({ profileId: KID.id as string, kidProfile: true });
    const filled = await setup().service.viewingPolicy(kidActor);
    const cold = setup();
    await cold.service.viewingPolicy(kidActor);
    expect(cold.policies.fill).toHaveBeenCalledWith(kidActor.userId, KID.id, '7', filled);

    const warm = setup(KID, 2, viewingPolicies(filled));
    expect(await warm.service.viewingPolicy(kidActor)).toBe(filled);
    expect(warm.profiles.findOwned).not.toHaveBeenCalled();
    expect(warm.rules.listOfProfile).not.toHaveBeenCalled();
  });

  it('runs every write of a policy inside the read model’s write marks', async () => {
    const { service, policies, rules, profiles } = setup();
    const steps: string[] = [];
    jest.mocked(policies.writing).mockImplementation(async (ids, write) => {
      steps.push(`begin ${ids.join()}`);
      const result = await write();
      steps.push('end');
      return result;
    });
    jest.mocked(rules.set).mockImplementation(async () => (steps.push('set'), rule('tt', 'deny')));
    rules.remove = jest.fn<TitleRulesRepository['remove']>().mockImplementation(async () => void steps.push('remove'));
    jest.mocked(profiles.setParentalControls).mockImplementation(async () => (steps.push('controls'), KID));
    await service.set({ actor: HOLDER, profileId: KID.id as string, titleId: 'tt', rule: 'deny' });
    await service.remove({ actor: HOLDER, profileId: KID.id as string, titleId: 'tt' });
    await service.setControls({ actor: HOLDER, profileId: KID.id as string, mode: 'allow-list' });
    expect(steps).toEqual([`begin ${KID.id}`, 'set', 'end', `begin ${KID.id}`, 'remove', 'end', `begin ${KID.id}`, 'controls', 'end']);
  });

  it('changes the policy version when a denied tag changes and keeps it for an equal policy', async () => {
    const kidActor = actor({ profileId: KID.id as string, kidProfile: true });
    const before = (await setup().service.viewingPolicy(kidActor)).version;
    const again = (await setup().service.viewingPolicy(kidActor)).version;
    const after = (await setup(profileDoc({ ...KID, deniedTags: ['violence', 'scary-scenes'] })).service.viewingPolicy(kidActor)).version;
    expect(again).toBe(before);
    expect(after).not.toBe(before);
  });

  it('refuses rules on an adult profile', async () => {
    const { service, rules } = setup(profileDoc({ kid: false }));
    const error = await service.set({ actor: HOLDER, profileId: '64b0000000000000000000b1', titleId: 'tt', rule: 'deny' }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 409, code: 'USERS.NOT_A_KID_PROFILE' });
    expect(rules.set).not.toHaveBeenCalled();
  });

  it('refuses a new rule past the per-profile cap', async () => {
    const { service, rules } = setup(KID, 1000);
    const error = await service.set({ actor: HOLDER, profileId: KID.id as string, titleId: 'tt', rule: 'deny' }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 409, code: 'USERS.TITLE_RULE_LIMIT_REACHED' });
    expect(rules.set).not.toHaveBeenCalled();
  });

  it('refuses a kid profile managing rules', async () => {
    const { service } = setup();
    const error = await service.list({ actor: actor({ kidProfile: true, profileId: KID.id as string }), profileId: KID.id as string }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 403 });
  });

  it('stores denied tags the catalog knows, sorted', async () => {
    const { service, profiles } = setup();
    const controls = await service.setControls({ actor: HOLDER, profileId: KID.id as string, deniedTags: ['violence', 'scary-scenes'], mode: 'allow-list' });
    expect(profiles.setParentalControls).toHaveBeenCalledWith(HOLDER.userId, KID.id, { parentalMode: 'allow-list', deniedTags: ['scary-scenes', 'violence'] });
    expect(controls).toMatchObject({ mode: 'allow-list', deniedTags: ['scary-scenes', 'violence'], titleRuleCount: 2 });
  });

  it('refuses an unknown tag slug with 422 and stores nothing', async () => {
    const { service, profiles } = setup();
    const error = await service.setControls({ actor: HOLDER, profileId: KID.id as string, deniedTags: ['violence', 'gore'] }).catch((e: unknown) => e as DomainError);
    expect(error).toMatchObject({ status: 422, code: 'USERS.UNKNOWN_CONTENT_TAG' });
    expect(profiles.setParentalControls).not.toHaveBeenCalled();
  });
});
