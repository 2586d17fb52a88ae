import { Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { JetStreamBus, OutboxService, runPeriodically } from '@onstream/common';
import type { Connection } from 'mongoose';
import { UsersConfig } from '../users.config.js';
import { LibraryRepository } from './library.repository.js';

/** The collections whose documents carry library events (favourites and watch history). */
export const LIBRARY_OUTBOX_COLLECTIONS = ['library_items', 'watch_progress'] as const;

/** How often removed favourites and history entries whose events are published are deleted for good. */
const TOMBSTONE_PURGE_MS = 10 * 60_000;

/**
 * Users' outbox relay: publishes the library events stored with each favourite and history change
 * (ADR 0018), and deletes the removals' tombstones once their events are published.
 */
@Injectable()
export class LibraryOutbox extends OutboxService<(typeof LIBRARY_OUTBOX_COLLECTIONS)[number]> {
  private readonly logger = new Logger(LibraryOutbox.name);
  private stopPurging: () => void = () => undefined;

  constructor(
    @InjectConnection() connection: Connection,
    bus: JetStreamBus,
    config: UsersConfig,
    private readonly library: LibraryRepository,
  ) {
    super(connection, bus, LIBRARY_OUTBOX_COLLECTIONS, config.USERS_OUTBOX_INTERVAL_MS);
  }

  override async onApplicationBootstrap(): Promise<void> {
    await super.onApplicationBootstrap();
    this.stopPurging = runPeriodically(TOMBSTONE_PURGE_MS, () => this.purgeTombstones(), this.logger, { msg: 'library tombstone purge failed; retried later', level: 'warn' });
  }

  override async beforeApplicationShutdown(): Promise<void> {
    this.stopPurging();
    await super.beforeApplicationShutdown();
  }

  /** Deletes the tombstones whose removal events are published; returns how many. */
  async purgeTombstones(): Promise<number> {
    return this.library.purgeTombstones({ items: await this.publishedBefore('library_items'), progress: await this.publishedBefore('watch_progress') });
  }
}
