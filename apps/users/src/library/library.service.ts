import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCodes,
  type Acknowledgement,
  type AuthUser,
  type HistoryEntryResponse,
  type HistoryPageResponse,
  type LibraryEntryRequest,
  type LibraryItemResponse,
  type LibraryPageRequest,
  type LibraryPageResponse,
  type ProfilePageRequest,
  type RecordProgressRequest,
  type TitleRequest,
} from '@onstream/common';
import type { LibraryItemDocument } from '@onstream/common/schemas/library-item.schema.js';
import type { WatchProgressDocument } from '@onstream/common/schemas/watch-progress.schema.js';
import { requireProfile } from '../access/actor-rules.js';
import { Clock } from '../infrastructure/clock.js';
import { TitleRulesRepository } from '../parental/title-rules.repository.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { LibraryRepository } from './library.repository.js';
import { pageOf, readCursor } from './list-cursor.js';

/** Watched to 95 % (end credits), a title counts as finished and leaves continue-watching. */
export function isFinished(positionSeconds: number, durationSeconds: number): boolean {
  return positionSeconds >= durationSeconds * 0.95;
}

const toItem = (item: LibraryItemDocument): LibraryItemResponse => ({ titleId: item.titleId, addedAt: item.addedAt.toISOString() });
const toHistoryEntry = (entry: WatchProgressDocument): HistoryEntryResponse => ({
  titleId: entry.titleId,
  positionSeconds: entry.positionSeconds,
  durationSeconds: entry.durationSeconds,
  finished: entry.finished,
  watchedAt: entry.watchedAt.toISOString(),
});

/** The library of the caller's profile: watchlist, favorites, watch history and continue-watching. */
@Injectable()
export class LibraryService {
  constructor(
    private readonly library: LibraryRepository,
    private readonly profiles: ProfilesRepository,
    private readonly rules: TitleRulesRepository,
    private readonly clock: Clock,
  ) {}

  async add(request: LibraryEntryRequest): Promise<LibraryItemResponse> {
    const profileId = await this.writableProfile(request.actor, request.titleId);
    return toItem(await this.library.add({ profileId, userId: request.actor.userId, list: request.list, titleId: request.titleId, now: this.clock.now() }));
  }

  async remove(request: LibraryEntryRequest): Promise<Acknowledgement> {
    await this.library.remove(requireProfile(request.actor), request.list, request.titleId);
    return { ok: true };
  }

  async list(request: LibraryPageRequest): Promise<LibraryPageResponse> {
    const rows = await this.library.pageOfList(requireProfile(request.actor), request.list, readCursor(request.cursor), request.limit + 1);
    return pageOf(rows, request.limit, (row) => row.addedAt, toItem);
  }

  async recordProgress(request: RecordProgressRequest): Promise<HistoryEntryResponse> {
    if (request.positionSeconds > request.durationSeconds) {
      throw DomainError.validation([{ field: 'positionSeconds', message: 'positionSeconds must not exceed durationSeconds' }]);
    }
    const profileId = await this.writableProfile(request.actor, request.titleId);
    const entry = await this.library.recordProgress({
      profileId,
      userId: request.actor.userId,
      titleId: request.titleId,
      positionSeconds: request.positionSeconds,
      durationSeconds: request.durationSeconds,
      finished: isFinished(request.positionSeconds, request.durationSeconds),
      watchedAt: this.clock.now(),
    });
    return toHistoryEntry(entry);
  }

  async history(request: ProfilePageRequest, options: { unfinishedOnly: boolean }): Promise<HistoryPageResponse> {
    const rows = await this.library.pageOfHistory(requireProfile(request.actor), options, readCursor(request.cursor), request.limit + 1);
    return pageOf(rows, request.limit, (row) => row.watchedAt, toHistoryEntry);
  }

  async removeHistoryEntry(request: TitleRequest): Promise<Acknowledgement> {
    await this.library.removeProgress(requireProfile(request.actor), request.titleId);
    return { ok: true };
  }

  async clearHistory(actor: AuthUser): Promise<Acknowledgement> {
    await this.library.clearHistory(requireProfile(actor));
    return { ok: true };
  }

  /** The profile must still exist, and a kid profile may not collect a title its parent denied. */
  private async writableProfile(actor: AuthUser, titleId: string): Promise<string> {
    const profileId = requireProfile(actor);
    const profile = await this.profiles.findOwned(actor.userId, profileId);
    if (!profile) throw new DomainError(ErrorCodes.UsersProfileNotFound, 404, 'This profile no longer exists; select another.');
    if (profile.kid && (await this.rules.ruleFor(profileId, titleId)) === 'deny') {
      throw new DomainError(ErrorCodes.UsersTitleBlocked, 403, 'This title is blocked for this profile.');
    }
    return profileId;
  }
}
