import { ErrorCodes } from '../errors/error-codes.js';
import { AnalyticsPatterns } from '../contracts/analytics/analytics.patterns.js';
import { BillingPatterns } from '../contracts/billing/billing.patterns.js';
import { CatalogPatterns } from '../contracts/catalog/catalog.patterns.js';
import { EngagementPatterns } from '../contracts/engagement/engagement.patterns.js';
import { MediaPatterns } from '../contracts/media/media.patterns.js';
import { permissionOfPattern } from '../contracts/pattern-permissions.js';
import { UsersPatterns } from '../contracts/users/users.patterns.js';
import { accessRefusal, actorKindOf, ownsOrMay, PermissionNames, Permissions, requireAccess, RolePowers, type Permission } from './access.js';
import type { AuthUser } from './auth.types.js';

const actor = (overrides: Partial<AuthUser> = {}): AuthUser => ({ userId: 'u1', sessionId: 's1', role: 'viewer', tokenType: 'access', kidProfile: false, ...overrides });
const kid = (role: AuthUser['role']) => actor({ role, profileId: 'p-kid', kidProfile: true });
const device = (role: AuthUser['role']) => actor({ role, profileId: 'p-kid', kidProfile: true, tokenType: 'device' });

describe('actorKindOf', () => {
  it.each([
    [undefined, 'anonymous'],
    [actor(), 'account'],
    [actor({ profileId: 'p1' }), 'adult-profile'],
    [kid('viewer'), 'kid-profile'],
    [device('viewer'), 'device'],
    [actor({ tokenType: 'device', profileId: 'p1' }), 'device'],
  ] as const)('reads %j as %s', (given, kind) => {
    expect(actorKindOf(given)).toBe(kind);
  });
});

describe('requireAccess', () => {
  const MONEY_AND_POWER: Permission[] = ['billing.purchase', 'billing.manage-subscription', 'billing.read-history', 'media.video.write', 'revenue.read', 'moderation.resolve', 'catalog.admin', 'billing.admin', 'admin.stats', 'account.manage'];

  it.each(MONEY_AND_POWER)('refuses %s to a kid profile and a device of an admin account with AUTH.SCOPE_FORBIDDEN', (permission) => {
    for (const caller of [kid('admin'), device('admin')]) {
      expect(accessRefusal(caller, permission)).toMatchObject({ status: 403, code: ErrorCodes.ScopeForbidden });
    }
  });

  it('lets an adult profile keep the account’s powers', () => {
    for (const permission of MONEY_AND_POWER) expect(accessRefusal(actor({ role: 'admin', profileId: 'p1' }), permission)).toBeNull();
  });

  it('refuses role powers to roles without them with COMMON.FORBIDDEN', () => {
    expect(accessRefusal(actor({ role: 'creator' }), 'billing.admin')).toMatchObject({ status: 403, code: ErrorCodes.Forbidden });
    expect(accessRefusal(actor({ role: 'viewer' }), 'revenue.read')).toMatchObject({ status: 403, code: ErrorCodes.Forbidden });
    expect(accessRefusal(actor({ role: 'staff' }), 'media.video.write')).toMatchObject({ status: 403, code: ErrorCodes.Forbidden });
  });

  it('answers 401 to an anonymous caller of a signed-in permission', () => {
    expect(() => requireAccess(undefined, 'library.use')).toThrow(expect.objectContaining({ status: 401, code: ErrorCodes.Unauthorized }));
  });

  it('opens the launcher to paired devices only', () => {
    expect(accessRefusal(device('viewer'), 'launcher')).toBeNull();
    expect(accessRefusal(actor(), 'launcher')).toMatchObject({ code: ErrorCodes.ScopeForbidden });
  });

  it('gives every role power to admin and only role powers to roles', () => {
    const powers = PermissionNames.filter((name) => 'rolePower' in Permissions[name]);
    expect([...RolePowers.admin].sort()).toEqual([...powers].sort());
    for (const role of ['creator', 'staff'] as const) for (const power of RolePowers[role]) expect(powers).toContain(power);
  });
});

describe('ownsOrMay', () => {
  it('lets the owner, or a holder of the override, act on an object', () => {
    expect(ownsOrMay(actor({ userId: 'a' }), 'a', 'billing.admin')).toBe(true);
    expect(ownsOrMay(actor({ userId: 'b' }), 'a', 'billing.admin')).toBe(false);
    expect(ownsOrMay(actor({ userId: 'b', role: 'admin' }), 'a', 'billing.admin')).toBe(true);
    expect(ownsOrMay(kid('admin'), 'a', 'billing.admin')).toBe(false);
    expect(ownsOrMay(undefined, undefined, 'billing.admin')).toBe(false);
  });
});

describe('declared pattern permissions', () => {
  const contracts = { UsersPatterns, CatalogPatterns, MediaPatterns, BillingPatterns, EngagementPatterns, AnalyticsPatterns };

  it.each(Object.entries(contracts))('%s: every pattern declares a known permission', (_name, patterns) => {
    for (const pattern of Object.values(patterns)) {
      const permission = permissionOfPattern(pattern);
      expect([pattern, permission && PermissionNames.includes(permission)]).toEqual([pattern, true]);
    }
  });

  it('answers nothing for an undeclared pattern', () => {
    expect(permissionOfPattern('billing.money.free')).toBeUndefined();
    expect(permissionOfPattern('toString')).toBeUndefined();
  });
});
