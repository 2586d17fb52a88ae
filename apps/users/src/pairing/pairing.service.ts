import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError,
  ErrorCodes,
  type Acknowledgement,
  type AuthUser,
  type CreatePairingCodeRequest,
  type DeviceRequest,
  type PairedDeviceListResponse,
  type PairingCodeResponse,
  type RedeemPairingCodeRequest,
  type TokenPairResponse,
} from '@onstream/common';
import { createHash, randomInt } from 'node:crypto';
import { requireAccountHolder } from '../access/actor-rules.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { AttemptLimiter, type AttemptRule } from '../infrastructure/attempt-limiter.js';
import { SingleUseClaims } from '../infrastructure/single-use-claims.js';
import type { PairingCodeDocument } from '@onstream/common/schemas/pairing-code.schema.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { UsersConfig } from '../users.config.js';
import { PairingCodesRepository } from './pairing-codes.repository.js';

/** No 0/O, 1/I/L: codes are read off one screen and typed on another. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const invalidCode = () => new DomainError(ErrorCodes.UsersInvalidPairingCode, 400, 'This pairing code is invalid, expired or already used.');

export function newPairingCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** TVs and launchers sign in by a short code made on a signed-in phone or browser, bound to one profile. */
@Injectable()
export class PairingService {
  constructor(
    private readonly codes: PairingCodesRepository,
    private readonly accounts: AccountsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly sessions: SessionsService,
    private readonly sessionRecords: SessionsRepository,
    private readonly attempts: AttemptLimiter,
    private readonly claims: SingleUseClaims,
    private readonly clock: Clock,
    private readonly config: UsersConfig,
  ) {}

  async createCode(request: CreatePairingCodeRequest): Promise<PairingCodeResponse> {
    requireAccountHolder(request.actor);
    const profile = await this.profiles.findOwned(request.actor.userId, request.profileId);
    if (!profile) throw new DomainError(ErrorCodes.UsersProfileNotFound, 404, 'No profile of yours has this id.');
    const code = newPairingCode();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.PAIRING_CODE_TTL_SECONDS * 1000);
    await this.codes.create({ codeHash: hashCode(code), userId: request.actor.userId, profileId: profile.id as string, expiresAt });
    return { code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt: expiresAt.toISOString() };
  }

  /** Guessing is limited per IP (each try reserved before the check); a used, expired or unknown code gets the same answer. */
  async redeem(request: RedeemPairingCodeRequest): Promise<TokenPairResponse> {
    const rule: AttemptRule = { key: `users:pairing-failures:ip:${request.client.ip}`, maxFailures: this.config.PAIRING_MAX_FAILURES_PER_IP, windowSeconds: 900, kind: 'pairing-code' };
    await this.attempts.reserve(rule);
    const pairing = await this.claimCode(hashCode(request.code));
    if (!pairing) throw invalidCode();
    // A redeemed code is not a failed guess: the limit counts failures per address.
    await this.attempts.release(rule);
    const user = await this.accounts.findById(pairing.userId);
    const profile = await this.profiles.findOwned(pairing.userId, pairing.profileId);
    if (!user || user.disabledAt || !profile) throw invalidCode();
    return this.sessions.openDevice(user, profile, { deviceName: request.deviceName ?? 'TV', deviceType: request.deviceType ?? 'tv' }, request.client);
  }

  /** The code's record if this call is the one that redeems it (a code pairs one device). */
  private async claimCode(codeHash: string): Promise<PairingCodeDocument | null> {
    const now = this.clock.now();
    const usable = await this.codes.findUsable(codeHash, now);
    if (!usable || !(await this.claims.claim(`pairing:${codeHash}`, (usable.expiresAt.getTime() - now.getTime()) / 1000))) return null;
    return (await this.codes.markUsed(usable.id as string, now)) ? usable : null;
  }

  async list(actor: AuthUser): Promise<PairedDeviceListResponse> {
    requireAccountHolder(actor);
    const devices = (await this.sessionRecords.findActive(actor.userId, this.clock.now())).filter((session) => session.kind === 'device');
    return {
      items: devices.map((device) => ({
        id: device.id as string,
        deviceName: device.deviceName,
        deviceType: device.deviceType,
        profileId: device.profileId ?? '',
        pairedAt: device.createdAt.toISOString(),
        lastSeenAt: device.lastSeenAt.toISOString(),
      })),
    };
  }

  async unpair(request: DeviceRequest): Promise<Acknowledgement> {
    requireAccountHolder(request.actor);
    const device = await this.sessionRecords.findById(request.deviceId);
    const ended = device && device.kind === 'device' ? await this.sessions.end(request.actor.userId, [request.deviceId], 'unpaired') : [];
    if (ended.length === 0) throw new DomainError(ErrorCodes.UsersDeviceNotFound, 404, 'No paired device of yours has this id.');
    return { ok: true };
  }
}
