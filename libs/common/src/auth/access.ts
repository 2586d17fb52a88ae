import { Roles, type Role } from '../contracts/users/account.dto.js';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCodes } from '../errors/error-codes.js';
import type { AuthUser } from './auth.types.js';

/**
 * The one access model (ADR 0012). Every message pattern and every gateway route declares one
 * permission; a permission names the actor kinds that may hold it and, for role powers, the roles.
 * Adult profiles keep the account's powers; kid profiles and paired devices never spend money,
 * manage the account or act as creator, staff or admin.
 */
export const ActorKinds = ['anonymous', 'account', 'adult-profile', 'kid-profile', 'device'] as const;
export type ActorKind = (typeof ActorKinds)[number];

/** What kind of token the caller holds; no actor is an anonymous caller (or a service acting on its own). */
export function actorKindOf(actor: Pick<AuthUser, 'tokenType' | 'kidProfile' | 'profileId'> | undefined): ActorKind {
  if (!actor) return 'anonymous';
  if (actor.tokenType === 'device') return 'device';
  if (actor.kidProfile) return 'kid-profile';
  return actor.profileId ? 'adult-profile' : 'account';
}

const EVERYONE: readonly ActorKind[] = ActorKinds;
const SIGNED_IN: readonly ActorKind[] = ['account', 'adult-profile', 'kid-profile', 'device'];
/** A person at a profile or the account: everyone signed in but a paired device. */
const PEOPLE: readonly ActorKind[] = ['account', 'adult-profile', 'kid-profile'];
/** The account's own powers: the account token and its adult profiles. */
const HOLDERS: readonly ActorKind[] = ['account', 'adult-profile'];

interface PermissionRule {
  kinds: readonly ActorKind[];
  /** A role power: only roles listed in RolePowers hold it. */
  rolePower?: true;
  summary: string;
}

export const Permissions = {
  public: { kinds: EVERYONE, summary: 'Browse the catalog, sign up and in, read comments and plans' },
  internal: { kinds: EVERYONE, summary: 'Service plumbing (health, lookups, entitlement checks) with ids taken from a verified token' },
  'session.own': { kinds: SIGNED_IN, summary: 'End its own session' },
  playback: { kinds: SIGNED_IN, summary: 'Start playback of content its profile may see, record resume points' },
  launcher: { kinds: ['device'], summary: 'The device launcher: content approved for its profile' },
  'library.use': { kinds: PEOPLE, summary: 'Own profile: watchlist, history, ratings, reactions, recommendations' },
  'engagement.comment': { kinds: HOLDERS, summary: 'Write, edit, like and report comments' },
  'account.manage': { kinds: HOLDERS, summary: 'Password, sessions, profiles, parental rules, devices, household, notifications' },
  'reports.read': { kinds: HOLDERS, summary: 'Own viewing report; creators their own and their videos’ reports' },
  'billing.purchase': { kinds: HOLDERS, summary: 'Buy pay-per-view, subscribe' },
  'billing.manage-subscription': { kinds: HOLDERS, summary: 'Change plan, cancel, resume' },
  'billing.read-history': { kinds: HOLDERS, summary: 'Own subscription, payment history, receipts, exports' },
  'media.video.write': { kinds: HOLDERS, rolePower: true, summary: 'Create, upload, update and delete own videos' },
  'media.video.admin': { kinds: HOLDERS, rolePower: true, summary: 'Manage anyone’s videos' },
  'media.captions.write': { kinds: HOLDERS, rolePower: true, summary: 'Upload, replace and delete captions of own videos' },
  'media.captions.admin': { kinds: HOLDERS, rolePower: true, summary: 'Manage captions of anyone’s videos' },
  'revenue.read': { kinds: HOLDERS, rolePower: true, summary: 'Own creator revenue and reports' },
  'moderation.resolve': { kinds: HOLDERS, rolePower: true, summary: 'Resolve reports, hide titles, videos and comments' },
  'catalog.write': { kinds: HOLDERS, rolePower: true, summary: 'Create, edit, import and tag titles; clear the catalog cache' },
  'catalog.admin': { kinds: HOLDERS, rolePower: true, summary: 'Backfills and provider refreshes' },
  'billing.admin': { kinds: HOLDERS, rolePower: true, summary: 'Plans, offers, refunds, payouts, platform revenue, anyone’s payments' },
  'users.admin': { kinds: HOLDERS, rolePower: true, summary: 'List users, change roles, disable accounts' },
  'admin.stats': { kinds: HOLDERS, rolePower: true, summary: 'Platform statistics and reports' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof Permissions;
export const PermissionNames = Object.keys(Permissions) as Permission[];

type RolePower = { [P in Permission]: (typeof Permissions)[P] extends { rolePower: true } ? P : never }[Permission];

/** One definition of what each role may do, read by every service and the gateway. */
export const RolePowers: Readonly<Record<Role, readonly RolePower[]>> = {
  viewer: [],
  creator: ['media.video.write', 'media.captions.write', 'revenue.read'],
  staff: ['moderation.resolve', 'catalog.write', 'media.captions.write', 'media.captions.admin'],
  admin: ['media.video.write', 'media.video.admin', 'media.captions.write', 'media.captions.admin', 'revenue.read', 'moderation.resolve', 'catalog.write', 'catalog.admin', 'billing.admin', 'users.admin', 'admin.stats'],
};

type Actor = Pick<AuthUser, 'tokenType' | 'kidProfile' | 'profileId' | 'role'> | undefined;

/** Which rule refuses the actor the permission, or null when it may: decided without building an error (ownsOrMay asks on every object read). */
function refusingRule(actor: Actor, permission: Permission): 'kind' | 'role' | null {
  const rule: PermissionRule = Permissions[permission];
  if (!rule.kinds.includes(actorKindOf(actor))) return 'kind';
  if (rule.rolePower && !(actor && Roles.includes(actor.role) && (RolePowers[actor.role] as readonly Permission[]).includes(permission))) return 'role';
  return null;
}

/** Why an actor may not hold a permission, or null when it may. */
export function accessRefusal(actor: Actor, permission: Permission): DomainError | null {
  const refusing = refusingRule(actor, permission);
  if (refusing === null) return null;
  const kind = actorKindOf(actor);
  if (refusing === 'role') return new DomainError(ErrorCodes.Forbidden, 403, `Your role may not do this (${permission}).`, { permission });
  if (kind === 'anonymous') return new DomainError(ErrorCodes.Unauthorized, 401, 'A valid access token is required.');
  return new DomainError(ErrorCodes.ScopeForbidden, 403, `A ${kind} token may not do this (${permission}).`, { permission, actorKind: kind });
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return refusingRule(actor, permission) === null;
}

/** Throws the refusal: 401 without a token, 403 AUTH.SCOPE_FORBIDDEN for the token's kind, 403 for the role. */
export function requireAccess(actor: Actor, permission: Permission): void {
  const refusal = accessRefusal(actor, permission);
  if (refusal) throw refusal;
}

/**
 * The one object-level rule: the caller owns the object (same user id), or holds the permission
 * that reaches everyone's (an admin's or staff's power).
 */
export function ownsOrMay(actor: (Actor & Pick<AuthUser, 'userId'>) | undefined, ownerId: string | undefined, override: Permission): boolean {
  return (actor !== undefined && ownerId !== undefined && actor.userId === ownerId) || hasPermission(actor, override);
}
