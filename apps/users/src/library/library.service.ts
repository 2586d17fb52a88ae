import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCodes,
  LibraryEvents,
  type LibraryChangedEvent,
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
import { UsersEventPublisher } from '../infrastructure/event-publisher.js';
import { TitleRulesRepository } from '../parental/title-rules.repository.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { LibraryRepository } from './library.repository.js';
import { pageOf, readCursor } from './list-cursor.js';

/** Watched to 95 % (end credits), a title counts as finished and leaves continue-watching. */
export function isFinished(positionSeconds: number, durationSeconds: number): boolean {
  return positionSeconds >= durationSeconds * 0.95;
}

const toItem = (item: Pick<LibraryItemDocument, 'titleId' | 'addedAt'>): LibraryItemResponse => ({ titleId: item.titleId, addedAt: item.addedAt.toISOString() });
const toHistoryEntry = (entry: WatchProgressDocument): HistoryEntryResponse => ({
  titleId: entry.titleId,
  positionSeconds: entry.positionSeconds,
  durationSeconds: entry.durationSeconds,
  finished: entry.finished,
  watchedAt: entry.watchedAt.toISOString(),
});

/**
 * The library of the caller's profile: watchlist, favorites, watch history and continue-watching.
 * Each change of favourites or history is published (JetStream) after its write, for catalog's
 * "for you" read model (ADR 0018). A failed publish fails the request: the client retries, and every
 * write here is idempotent, so the retry publishes it. A crash between write and publish loses the
 * event; catalog's copy then expires (its TTL) and is read again from here.
 */
@Injectable()
export class LibraryService {
  constructor(
    private readonly library: LibraryRepository,
    private readonly profiles: ProfilesRepository,
    private readonly rules: TitleRulesRepository,
    private readonly clock: Clock,
    private readonly events: UsersEventPublisher,
  ) {}

  async add(request: LibraryEntryRequest): Promise<LibraryItemResponse> {
    const profileId = await this.writableProfile(request.actor, request.titleId);
    const now = this.clock.now();
    const item = await this.library.add({ profileId, userId: request.actor.userId, list: request.list, titleId: request.titleId, now });
    if (request.list === 'favorites') await this.publish(LibraryEvents.FavoriteAdded, { profileId, titleId: request.titleId, addedAt: item.addedAt.toISOString(), at: now.toISOString() });
    return toItem(item);
  }

  async remove(request: LibraryEntryRequest): Promise<Acknowledgement> {
    const profileId = requireProfile(request.actor);
    await this.library.remove(profileId, request.list, request.titleId);
    if (request.list === 'favorites') await this.publish(LibraryEvents.FavoriteRemoved, { profileId, titleId: request.titleId, at: this.clock.now().toISOString() });
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
    await this.publish(LibraryEvents.HistoryWritten, { profileId, titleId: request.titleId, finished: entry.finished, at: entry.watchedAt.toISOString() });
    return toHistoryEntry(entry);
  }

  async history(request: ProfilePageRequest, options: { unfinishedOnly: boolean }): Promise<HistoryPageResponse> {
    const rows = await this.library.pageOfHistory(requireProfile(request.actor), options, readCursor(request.cursor), request.limit + 1);
    return pageOf(rows, request.limit, (row) => row.watchedAt, toHistoryEntry);
  }

  async removeHistoryEntry(request: TitleRequest): Promise<Acknowledgement> {
    const profileId = requireProfile(request.actor);
    await this.library.removeProgress(profileId, request.titleId);
    await this.publish(LibraryEvents.HistoryRemoved, { profileId, titleId: request.titleId, at: this.clock.now().toISOString() });
    return { ok: true };
  }

  async clearHistory(actor: AuthUser): Promise<Acknowledgement> {
    const profileId = requireProfile(actor);
    await this.library.clearHistory(profileId);
    await this.publish(LibraryEvents.HistoryCleared, { profileId, at: this.clock.now().toISOString() });
    return { ok: true };
  }

  private publish(type: string, event: LibraryChangedEvent): Promise<void> {
    return this.events.publish(type, event);
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
