import { accessRefusal, PermissionNames, type AuthUser, type Permission } from '@onstream/common';
import { objectId } from './support/engagement.js';
import { call, type Problem } from './support/http.js';
import { Platform } from './support/platform.js';
import { TestTokens, type TokenOptions } from './support/tokens.js';

/**
 * The authorization matrix of issue 14, generated from the live OpenAPI document: every operation
 * declares a permission (`x-onstream-permission`), and for every identity below the answer must be
 * exactly the refusal the access model gives (401, or 403 with AUTH.SCOPE_FORBIDDEN / COMMON.FORBIDDEN),
 * or, where the model allows the caller, anything but an access refusal (bodies are empty and ids
 * made up, so an allowed call ends in 400/404/409 or does a harmless thing).
 */
const platform = new Platform();
let tokens: TestTokens;

beforeAll(() => platform.start(), 240_000);
afterAll(() => platform.stop(), 150_000);

const viewerId = objectId();
const creatorId = objectId();
const adminId = objectId();
const kidOf = (userId: string, role: AuthUser['role']): TokenOptions => ({ userId, role, profileId: objectId(), kid: true, maturityLimit: '7+' });

/** The identities the issue lists; `null` is anonymous. */
const IDENTITIES: Record<string, TokenOptions | null> = {
  anonymous: null,
  viewer: { userId: viewerId, role: 'viewer' },
  'another viewer': { userId: objectId(), role: 'viewer' },
  'sibling adult profile': { userId: viewerId, role: 'viewer', profileId: objectId() },
  'kid profile': kidOf(viewerId, 'viewer'),
  'device token': { ...kidOf(viewerId, 'viewer'), device: true },
  creator: { userId: creatorId, role: 'creator' },
  'another creator': { userId: objectId(), role: 'creator' },
  staff: { userId: objectId(), role: 'staff' },
  admin: { userId: adminId, role: 'admin' },
  'kid profile of an admin account': kidOf(adminId, 'admin'),
  'kid profile of a creator account': kidOf(creatorId, 'creator'),
};

const actorOf = (options: TokenOptions | null) =>
  options === null ? undefined : { role: options.role ?? 'viewer', tokenType: options.device ? ('device' as const) : ('access' as const), kidProfile: options.kid === true, profileId: options.profileId };

interface Operation {
  method: string;
  path: string;
  permission: unknown;
}

async function operations(): Promise<Operation[]> {
  const document = (await (await fetch(`${platform.baseUrl}/docs-json`)).json()) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, permission: operation['x-onstream-permission'] })),
  );
}

interface Outcome {
  operation: string;
  identity: string;
  expected: string;
  actual: string;
}

async function probe({ method, path }: Operation, identity: string, permission: Permission): Promise<Outcome> {
  const options = IDENTITIES[identity] ?? null;
  // A fresh session id per call: a logout or "end other sessions" must not end later calls' tokens.
  const headers: Record<string, string> = options ? { authorization: `Bearer ${tokens.sign(options)}` } : {};
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(method);
  if (hasBody) headers['content-type'] = 'application/json';
  const url = `${platform.baseUrl}${path.replace(/\{[^}]+\}/g, () => objectId())}`;
  const answer = await call<Problem | undefined>(url, { method, headers, ...(hasBody && { body: '{}' }) }).catch((error: unknown) => ({ status: 0, body: { code: String(error) } as Problem }));
  const refusal = accessRefusal(actorOf(options), permission);
  const code = typeof answer.body === 'object' && answer.body !== null ? answer.body.code : undefined;
  const expected = refusal ? `${refusal.status} ${refusal.code}` : 'not refused by the access model';
  const refusedByModel = code === 'COMMON.UNAUTHORIZED' || code === 'AUTH.SCOPE_FORBIDDEN' || (answer.status === 403 && (answer.body?.detail ?? '').includes('may not do this ('));
  // A HEAD answer has no body: its status alone must match.
  if (method === 'HEAD') return { operation: `${method} ${path}`, identity, expected: refusal ? String(refusal.status) : 'not 401/403', actual: refusal ? String(answer.status) : [401, 403].includes(answer.status) ? String(answer.status) : 'not 401/403' };
  const actual = refusal || refusedByModel ? `${answer.status} ${code}` : expected;
  return { operation: `${method} ${path}`, identity, expected, actual };
}

describe('authorization matrix from the live OpenAPI document', () => {
  it('every operation declares a known permission, and every identity gets exactly what it declares', async () => {
    tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
    const all = await operations();
    const undeclared = all.filter((op) => typeof op.permission !== 'string' || !PermissionNames.includes(op.permission as Permission)).map((op) => `${op.method} ${op.path}`);
    expect(undeclared).toEqual([]);

    const cases = all.flatMap((op) => Object.keys(IDENTITIES).map((identity) => () => probe(op, identity, op.permission as Permission)));
    const outcomes: Outcome[] = [];
    // A few at a time: the machine is shared, and the answers, not the speed, are under test.
    for (let i = 0; i < cases.length; i += 8) outcomes.push(...(await Promise.all(cases.slice(i, i + 8).map((run) => run()))));

    const mismatches = outcomes.filter((o) => o.actual !== o.expected);
    const leaks = mismatches.filter((o) => !o.expected.startsWith('not refused'));
    console.log(`authorization matrix: ${all.length} operations × ${Object.keys(IDENTITIES).length} identities = ${outcomes.length} cases, ${outcomes.filter((o) => !o.expected.startsWith('not')).length} refusals expected, ${leaks.length} leaks, ${mismatches.length - leaks.length} over-refusals`);
    expect(mismatches).toEqual([]);
    expect(outcomes.length).toBe(all.length * Object.keys(IDENTITIES).length);
  }, 900_000);
});
