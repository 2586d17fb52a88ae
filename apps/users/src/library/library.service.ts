import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError,
  ErrorCodes,
  LibraryEvents,
  outboxEvent,
  type LibraryEventType,
  type OutboxEvent,
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
import { TitleRulesRepository } from '../parental/title-rules.repository.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { LibraryOutbox } from './library-outbox.js';
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

/** A library event to store with its change; its id, kept in the store, is the JetStream message id. */
function libraryEvent(type: LibraryEventType, event: LibraryChangedEvent, now: Date): OutboxEvent {
  return outboxEvent(type, event, randomUUID(), now);
}

/**
 * The library of the caller's profile: watchlist, favorites, watch history and continue-watching.
 * Each change of favourites or history stores its event in the same single-document write as the
 * change (a transactional outbox), and users' relay publishes it on JetStream for catalog's "for you"
 * read model (ADR 0018): a crash or a NATS outage after the write delays the event, never loses it.
 * A removal is a tombstone carrying its event until the relay has published it.
 */
@Injectable()
export class LibraryService {
  constructor(
    private readonly library: LibraryRepository,
    private readonly profiles: ProfilesRepository,
    private readonly rules: TitleRulesRepository,
    private readonly clock: Clock,
    private readonly outbox: LibraryOutbox,
  ) {}

  async add(request: LibraryEntryRequest): Promise<LibraryItemResponse> {
    const profileId = await this.writableProfile(request.actor, request.titleId);
    const now = this.clock.now();
    const entry = { profileId, userId: request.actor.userId, titleId: request.titleId, now };
    if (request.list !== 'favorites') return toItem(await this.library.add({ ...entry, list: request.list }));
    const item = await this.library.addFavorite(entry, (addedAt) =>
      libraryEvent(LibraryEvents.FavoriteAdded, { profileId, titleId: request.titleId, addedAt: addedAt.toISOString(), at: now.toISOString() }, now),
    );
    this.outbox.kick();
    return toItem(item);
  }

  async remove(request: LibraryEntryRequest): Promise<Acknowledgement> {
    const profileId = requireProfile(request.actor);
    if (request.list !== 'favorites') {
      await this.library.remove(profileId, request.list, request.titleId);
      return { ok: true };
    }
    const now = this.clock.now();
    const event = libraryEvent(LibraryEvents.FavoriteRemoved, { profileId, titleId: request.titleId, at: now.toISOString() }, now);
    if (await this.library.removeFavorite(profileId, request.titleId, now, event)) this.outbox.kick();
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
    const watchedAt = this.clock.now();
    const finished = isFinished(request.positionSeconds, request.durationSeconds);
    const event = libraryEvent(LibraryEvents.HistoryWritten, { profileId, titleId: request.titleId, finished, at: watchedAt.toISOString() }, watchedAt);
    const entry = await this.library.recordProgress(
      { profileId, userId: request.actor.userId, titleId: request.titleId, positionSeconds: request.positionSeconds, durationSeconds: request.durationSeconds, finished, watchedAt },
      event,
    );
    this.outbox.kick();
    return toHistoryEntry(entry);
  }

  async history(request: ProfilePageRequest, options: { unfinishedOnly: boolean }): Promise<HistoryPageResponse> {
    const rows = await this.library.pageOfHistory(requireProfile(request.actor), options, readCursor(request.cursor), request.limit + 1);
    return pageOf(rows, request.limit, (row) => row.watchedAt, toHistoryEntry);
  }

  async removeHistoryEntry(request: TitleRequest): Promise<Acknowledgement> {
    const profileId = requireProfile(request.actor);
    const now = this.clock.now();
    const event = libraryEvent(LibraryEvents.HistoryRemoved, { profileId, titleId: request.titleId, at: now.toISOString() }, now);
    if (await this.library.removeProgress(profileId, request.titleId, now, event)) this.outbox.kick();
    return { ok: true };
  }

  /** Each entry is removed with its own event (one per title, not one for the history: see clearHistory). */
  async clearHistory(actor: AuthUser): Promise<Acknowledgement> {
    const profileId = requireProfile(actor);
    const now = this.clock.now();
    const removed = await this.library.clearHistory(profileId, now, (titleId) => libraryEvent(LibraryEvents.HistoryRemoved, { profileId, titleId, at: now.toISOString() }, now));
    if (removed > 0) this.outbox.kick();
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
