import { Clock, type AuthUser, type CatalogClient, type DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Profile, ProfileSchema } from '@onstream/common/schemas/profile.schema.js';
import { TitleRuleRecord, TitleRuleSchema } from '@onstream/common/schemas/title-rule.schema.js';
import { Redis } from 'ioredis';
import type { Model } from 'mongoose';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { TestDatabase } from '../testing/test-database.js';
import { ParentalService } from './parental.service.js';
import { TitleRulesRepository } from './title-rules.repository.js';
import { ViewingPolicies } from './viewing-policies.js';

/**
 * The viewing-policy read model on the real store and Redis of `scripts/infra.sh up`: a policy is
 * served from Redis once read, every parent's write applies at the next read, and no fill that
 * raced a write (or a write whose writer died) is ever kept. Profile ids are unique per run.
 */
const database = new TestDatabase();
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
const policies = new ViewingPolicies(redis);
let profileModel: Model<Profile>;
let ruleModel: Model<TitleRuleRecord>;
let profiles: ProfilesRepository;
let rules: TitleRulesRepository;
let parental: ParentalService;

const parentalWith = (readModel: ViewingPolicies) => new ParentalService(profiles, rules, new Clock(), strictMock<CatalogClient>('catalog'), readModel);
const USER = '64b0000000000000000000a1';
const parent: AuthUser = { userId: USER, sessionId: 's', role: 'viewer', kidProfile: false, tokenType: 'access' };
const kidOf = (profileId: string): AuthUser => ({ ...parent, profileId, kidProfile: true });
const newKid = async () => (await profiles.create(USER, { name: 'Kid', avatar: null, language: 'en', kid: true, maturityLevel: '7+', pinHash: null })).id as string;

beforeAll(async () => {
  await database.open('viewing_policies');
  profileModel = await database.model(Profile.name, ProfileSchema);
  ruleModel = await database.model(TitleRuleRecord.name, TitleRuleSchema);
  profiles = new ProfilesRepository(profileModel);
  rules = new TitleRulesRepository(ruleModel);
  parental = parentalWith(policies);
});
afterAll(async () => {
  await database.close();
  await redis.quit();
});

describe('ViewingPolicies (real store and Redis)', () => {
  it('serves a policy from Redis once read, and each parent’s write applies at the next read', async () => {
    const profileId = await newKid();
    const first = await parental.viewingPolicy(kidOf(profileId));
    expect(await policies.read(USER, profileId)).toEqual(first);
    // Behind the service's back: the read model still answers, so the store was not read.
    await ruleModel.create({ profileId, userId: USER, titleId: 'tt-behind', rule: 'deny', updatedAt: new Date() });
    expect(await parental.viewingPolicy(kidOf(profileId))).toEqual(first);

    await parental.set({ actor: parent, profileId, titleId: 'tt-denied', rule: 'deny' });
    expect((await parental.viewingPolicy(kidOf(profileId))).deniedTitleIds.sort()).toEqual(['tt-behind', 'tt-denied']);
    await parental.remove({ actor: parent, profileId, titleId: 'tt-denied' });
    expect((await parental.viewingPolicy(kidOf(profileId))).deniedTitleIds).toEqual(['tt-behind']);
    await parental.setControls({ actor: parent, profileId, mode: 'allow-list' });
    expect((await parental.viewingPolicy(kidOf(profileId))).mode).toBe('allow-list');
    await policies.writing([profileId], () => profiles.update(USER, profileId, { maturityLevel: '13+' }));
    expect((await parental.viewingPolicy(kidOf(profileId))).maturityLevel).toBe('13+');
  });

  it('does not serve one account’s stored policy to a token of another account', async () => {
    const profileId = await newKid();
    await parental.viewingPolicy(kidOf(profileId));
    expect(await policies.read('64b0000000000000000000f9', profileId)).toBeUndefined();
    expect(await parental.viewingPolicy({ ...kidOf(profileId), userId: '64b0000000000000000000f9' })).toMatchObject({ profileId: null, maturityLevel: '18+' });
  });

  it('does not keep a policy read from the store before a write that landed meanwhile', async () => {
    const profileId = await newKid();
    const generation = (await policies.generation(profileId)) ?? '';
    const before = await parentalWith(strictMock<ViewingPolicies>('no read model', { read: async () => undefined, generation: async () => undefined })).viewingPolicy(kidOf(profileId));
    await parental.set({ actor: parent, profileId, titleId: 'tt-late', rule: 'deny' });
    await policies.fill(USER, profileId, generation, before);
    expect(await policies.read(USER, profileId)).toBeUndefined();
    expect((await parental.viewingPolicy(kidOf(profileId))).deniedTitleIds).toEqual(['tt-late']);
  });

  it('keeps no fill while a write is in flight, for minutes when its writer died, and fills again once a write ends', async () => {
    const profileId = await newKid();
    await parental.viewingPolicy(kidOf(profileId));
    let land!: () => void;
    const landed = new Promise<void>((resolve) => (land = resolve));
    // The writer's store write is in flight (or the writer died: its end mark never comes).
    const write = policies.writing([profileId], () => landed);
    await waitUntil(async () => (await policies.read(USER, profileId)) === undefined);
    await parental.viewingPolicy(kidOf(profileId));
    await parental.viewingPolicy(kidOf(profileId));
    expect(await policies.read(USER, profileId)).toBeUndefined();
    const markTtl = await redis.ttl(`users:viewing-policy-writes:{${profileId}}`);
    expect(markTtl).toBeGreaterThan(60);
    expect(markTtl).toBeLessThanOrEqual(300);

    land();
    await write;
    expect(await redis.exists(`users:viewing-policy-writes:{${profileId}}`)).toBe(0);
    const after = await parental.viewingPolicy(kidOf(profileId));
    expect(await policies.read(USER, profileId)).toEqual(after);
  });

  it('refuses a parent’s write with 503 and leaves the store as it was when Redis cannot drop the policy; reads fall back to the store', async () => {
    const profileId = await newKid();
    const down = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    down.on('error', () => undefined);
    const withoutRedis = parentalWith(new ViewingPolicies(down));
    const refused = await withoutRedis.set({ actor: parent, profileId, titleId: 'tt-lost', rule: 'deny' }).catch((error: unknown) => error as DomainError);
    expect(refused).toMatchObject({ status: 503 });
    expect(await rules.listOfProfile(profileId)).toEqual([]);
    expect(await withoutRedis.viewingPolicy(kidOf(profileId))).toMatchObject({ profileId, kid: true, deniedTitleIds: [] });
    down.disconnect();
  });
});

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not met within 1 s');
}
