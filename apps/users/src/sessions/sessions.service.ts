import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError,
  ErrorCodes,
  SessionDenylist,
  type Acknowledgement,
  type AuthUser,
  type ClientContext,
  type DeviceType,
  type LoginRequest,
  type RefreshRequest,
  type RevokedSessionsResponse,
  type SessionCheckResponse,
  type SessionListResponse,
  type TokenPairResponse,
} from '@onstream/common';
import type { SessionDocument } from '@onstream/common/schemas/session.schema.js';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import { requireAccountHolder } from '../access/actor-rules.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { SingleUseClaims } from '../infrastructure/single-use-claims.js';
import { UsersConfig } from '../users.config.js';
import { AccessTokenSigner } from './access-token.signer.js';
import { DeviceLimit } from './device-limit.js';
import { LoginThrottle } from './login-throttle.js';
import { RefreshTokenCodec } from './refresh-token.codec.js';
import { SessionsRepository } from './sessions.repository.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import type { ProfileDocument } from '@onstream/common/schemas/profile.schema.js';

export interface Device {
  deviceName: string;
  deviceType: DeviceType;
}

const invalidRefresh = () => new DomainError(ErrorCodes.UsersInvalidToken, 401, 'The refresh token is not valid; sign in again.');

export function describeDevice(userAgent: string): { deviceName: string; deviceType: DeviceType } {
  if (/smart-?tv|tizen|webos|android tv|appletv|roku|crkey/i.test(userAgent)) return { deviceName: 'TV', deviceType: 'tv' };
  if (/ipad|tablet/i.test(userAgent)) return { deviceName: 'Tablet', deviceType: 'tablet' };
  if (/mobile|iphone|android/i.test(userAgent)) return { deviceName: 'Phone', deviceType: 'mobile' };
  if (/mozilla/i.test(userAgent)) return { deviceName: 'Web browser', deviceType: 'web' };
  return { deviceName: 'Unknown device', deviceType: 'other' };
}

/** Sign-in sessions: login, refresh-token rotation with reuse detection, logout, listing and revoking. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly codec: RefreshTokenCodec,
    private readonly signer: AccessTokenSigner,
    private readonly denylist: SessionDenylist,
    private readonly profiles: ProfilesRepository,
    private readonly claims: SingleUseClaims,
    private readonly deviceLimit: DeviceLimit,
    private readonly clock: Clock,
    private readonly config: UsersConfig,
  ) {}

  async login(request: LoginRequest): Promise<TokenPairResponse> {
    const login = request.email ?? `username:${request.username ?? ''}`;
    await this.throttle.reserve(login, request.client.ip);
    const user = request.email ? await this.accounts.findByEmail(request.email) : await this.accounts.findByUsername(request.username ?? '');
    // Always one bcrypt comparison, so unknown e-mails and wrong passwords take the same time.
    const passwordMatches = await this.hasher.verify(request.password, user?.passwordHash);
    if (!user || !passwordMatches) throw new DomainError(ErrorCodes.UsersInvalidCredentials, 401, `The ${request.email ? 'e-mail address' : 'username'} or password is wrong.`);
    await this.throttle.recordSuccess(login, request.client.ip);
    this.assertMaySignIn(user);
    const detected = describeDevice(request.client.userAgent);
    return this.open(user, null, { deviceName: request.deviceName ?? detected.deviceName, deviceType: request.deviceType ?? detected.deviceType }, request.client);
  }

  async refresh(request: RefreshRequest): Promise<TokenPairResponse> {
    const presented = this.codec.parse(request.refreshToken);
    if (!presented) throw invalidRefresh();
    const session = await this.sessions.findById(presented.sessionId);
    if (!session || session.revokedAt) throw invalidRefresh();
    if (presented.generation < session.generation) return this.endFamilyAfterReuse(session);
    const now = this.clock.now();
    if (presented.generation !== session.generation || presented.hash !== session.refreshHash || session.expiresAt <= now) throw invalidRefresh();
    const user = await this.accounts.findById(session.userId);
    if (!user || user.disabledAt) {
      await this.end(session.userId, [session.id as string], 'account-unavailable');
      throw invalidRefresh();
    }
    // Two holders of one token racing: exactly one gets the claim, the other is reuse.
    const claimed = await this.claims.claim(`refresh:${session.id as string}:${session.generation}`, (session.expiresAt.getTime() - now.getTime()) / 1000);
    if (!claimed) return this.endFamilyAfterReuse(session);
    const next = this.codec.issue(session.id as string, session.generation + 1);
    const rotated = await this.sessions.rotate({ sessionId: session.id as string, fromGeneration: session.generation, refreshHash: next.hash, ip: request.client.ip, userAgent: request.client.userAgent, now });
    // Someone else rotated this very token a moment ago: two holders of one token is reuse.
    if (!rotated) return this.endFamilyAfterReuse(session);
    return this.tokenPair(user, rotated, next.token);
  }

  async logout(actor: AuthUser): Promise<Acknowledgement> {
    await this.end(actor.userId, [actor.sessionId], 'logout');
    return { ok: true };
  }

  async list(actor: AuthUser): Promise<SessionListResponse> {
    requireAccountHolder(actor);
    const sessions = await this.sessions.findActive(actor.userId, this.clock.now());
    return {
      items: sessions.map((session) => ({
        id: session.id as string,
        deviceName: session.deviceName,
        deviceType: session.deviceType,
        userAgent: session.userAgent,
        ip: session.ip,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        current: session.id === actor.sessionId,
      })),
    };
  }

  /** For other services (media renewing a playback grant): the session exists, is this user's, and is neither revoked nor expired. */
  async isActive(userId: string, sessionId: string): Promise<SessionCheckResponse> {
    // Session ids are ObjectIds; anything else names no session (and must not reach the driver).
    if (!/^[0-9a-f]{24}$/.test(sessionId)) return { active: false };
    const session = await this.sessions.findById(sessionId);
    return { active: session !== null && session.userId === userId && !session.revokedAt && session.expiresAt > this.clock.now() };
  }

  async revokeOne(actor: AuthUser, sessionId: string): Promise<Acknowledgement> {
    requireAccountHolder(actor);
    const ended = await this.end(actor.userId, [sessionId], 'revoked-by-user');
    // Someone else's session id answers exactly like an unknown one.
    if (ended.length === 0) throw new DomainError(ErrorCodes.UsersSessionNotFound, 404, 'No live session of yours has this id.');
    return { ok: true };
  }

  async revokeOthers(actor: AuthUser): Promise<RevokedSessionsResponse> {
    requireAccountHolder(actor);
    return { revoked: (await this.endAllOfUser(actor.userId, 'revoked-by-user', actor.sessionId)).length };
  }

  /** Ends every session of a user (but one); their access tokens stop working at the gateway at once. */
  async endAllOfUser(userId: string, reason: string, exceptSessionId?: string): Promise<string[]> {
    const ids = await this.sessions.revokeAllOfUser(userId, reason, this.clock.now(), exceptSessionId);
    await this.denylist.revoke(ids);
    return ids;
  }

  /** Ends these live sessions of the user (others are ignored); returns the ids that were ended. */
  async end(userId: string, sessionIds: string[], reason: string): Promise<string[]> {
    const ids = await this.sessions.revoke(userId, sessionIds, reason, this.clock.now());
    await this.denylist.revoke(ids);
    return ids;
  }

  private async endFamilyAfterReuse(session: SessionDocument): Promise<never> {
    await this.end(session.userId, [session.id as string], 'refresh-token-reuse');
    throw new DomainError(ErrorCodes.UsersRefreshReused, 401, 'This refresh token was already used; the session has been ended. Sign in again.');
  }

  private assertMaySignIn(user: UserDocument): void {
    if (user.disabledAt) throw new DomainError(ErrorCodes.UsersAccountDisabled, 403, 'This account is disabled.');
    if (!user.emailVerified) throw new DomainError(ErrorCodes.UsersEmailNotVerified, 403, 'Confirm your e-mail address first; we can send the link again.');
  }

  /** A session for a paired device: bound to one profile for good, its tokens typed 'device'. */
  openDevice(user: UserDocument, profile: ProfileDocument, device: Device, client: ClientContext): Promise<TokenPairResponse> {
    return this.open(user, profile, device, client);
  }

  /** Scopes the caller's session to a profile and returns an access token with its claims. */
  async selectProfile(actor: AuthUser, user: UserDocument, profile: ProfileDocument): Promise<{ accessToken: string; expiresIn: number }> {
    const session = await this.sessions.selectProfile(actor.sessionId, actor.userId, profile.id as string);
    if (!session) throw new DomainError(ErrorCodes.Unauthorized, 401, 'This session has ended; sign in again.');
    return { accessToken: await this.signer.sign(AccessTokenSigner.claims(user, session, profile)), expiresIn: this.signer.ttlSeconds };
  }

  async endSessionsOfProfile(userId: string, profileId: string): Promise<void> {
    await this.end(userId, await this.sessions.findLiveIdsWithProfile(userId, profileId), 'profile-deleted');
  }

  private async open(user: UserDocument, profile: ProfileDocument | null, device: Device, client: ClientContext): Promise<TokenPairResponse> {
    const now = this.clock.now();
    const id = this.sessions.newId();
    const refresh = this.codec.issue(id, 0);
    const session = await this.sessions.create({
      id,
      userId: user.id as string,
      kind: profile ? 'device' : 'account',
      profileId: profile ? (profile.id as string) : null,
      refreshHash: refresh.hash,
      ...device,
      userAgent: client.userAgent,
      ip: client.ip,
      now,
      expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    await this.enforceDeviceCap(user.id as string, now);
    return this.tokenPair(user, session, refresh.token);
  }

  /** Over the plan's device cap, the least recently seen sessions are signed out to make room for the new one. */
  private async enforceDeviceCap(userId: string, now: Date): Promise<void> {
    const [active, limit] = await Promise.all([this.sessions.findActive(userId, now), this.deviceLimit.of(userId)]);
    const surplus = active.slice(limit);
    if (surplus.length > 0) await this.end(userId, surplus.map((s) => s.id as string), 'device-limit');
  }

  private async tokenPair(user: UserDocument, session: SessionDocument, refreshToken: string): Promise<TokenPairResponse> {
    // A deleted profile's sessions were ended, so a missing one here means the account-wide scope.
    const profile = session.profileId ? await this.profiles.findOwned(user.id as string, session.profileId) : null;
    const accessToken = await this.signer.sign(AccessTokenSigner.claims(user, session, profile));
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.signer.ttlSeconds,
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt.toISOString(),
      sessionId: session.id as string,
    };
  }
}
