import { Injectable } from '@nestjs/common';
import { sharedWork, withinOwnDeadline } from '@onstream/common';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { readVariantPlaylist } from '../transcode/hls-playlists.js';

/** Promises by key, at most `maxEntries` of them (the oldest go first); a failed load is not kept. */
export class BoundedPromiseCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries: number) {}

  getOrLoad(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    const loading = load();
    this.entries.set(key, loading);
    // The caller still sees the rejection; only the cache forgets it.
    loading.catch(() => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return loading;
  }
}

/**
 * Reads remembered for a short time (wall clock), at most `maxEntries` of them. Callers that come
 * while a read is loading share it: it runs under a deadline of its own (`boundMs`), not the first
 * caller's, and each caller waits for it only until its own deadline (ADR 0042).
 */
export class RecentReads<T> {
  private readonly entries = new Map<string, { value: Promise<T>; until: number; settled: boolean }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly boundMs: number,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const recent = this.entries.get(key);
    if (recent && recent.until > now) return recent.settled ? recent.value : withinOwnDeadline(recent.value);
    const entry = { value: sharedWork(load, this.boundMs), until: now + this.ttlMs, settled: false };
    this.entries.delete(key);
    this.entries.set(key, entry);
    entry.value.then(
      () => (entry.settled = true),
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return withinOwnDeadline(entry.value);
  }
}

/**
 * Playlists and storyboard indexes as stored in S3, kept in memory. They never change once their
 * asset is ready (a new upload is a new asset with new keys), so entries need no invalidation.
 * Saves an S3 round trip on every playlist request.
 */
@Injectable()
export class AssetTextCache {
  private readonly texts = new BoundedPromiseCache<string>(2000);
  /** Fewer than texts: a two-hour film's listing holds 1,800 names. */
  private readonly listings = new BoundedPromiseCache<ReadonlySet<string>>(500);

  constructor(private readonly storage: ObjectStorage) {}

  read(key: string): Promise<string> {
    return this.texts.getOrLoad(key, () => this.storage.readText(key));
  }

  /**
   * The files a rendition's playlist lists (its init section and segments), worked out once per
   * playlist: every segment request checks its file against it, and parsing a two-hour film's
   * playlist (1,800 segments) took 1.5–1.9 ms of CPU per request.
   */
  listedFiles(playlistKey: string): Promise<ReadonlySet<string>> {
    return this.listings.getOrLoad(playlistKey, async () => {
      const listed = readVariantPlaylist(await this.read(playlistKey));
      return new Set([...(listed.mapUri ? [listed.mapUri] : []), ...listed.segments.map((segment) => segment.uri)]);
    });
  }
}
