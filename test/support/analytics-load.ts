import type { IngestEventsResponse } from '@onstream/common';
import { postEvents, SimulatedPlayer } from './analytics-players.js';

/** What the generator knows it delivered: only batches answered 202 count. */
export interface LoadTally {
  sessions: number;
  batches: number;
  events: number;
  watchSec: number;
  retries: number;
}

/**
 * Players that keep sending whole sessions (view_start, play, six 10-second heartbeats, ended)
 * until stopped; each batch is retried until the gateway answers 202, and every fifth batch is
 * sent twice, as a client that lost the first answer would.
 */
export class PlayerLoad {
  readonly tally: LoadTally = { sessions: 0, batches: 0, events: 0, watchSec: 0, retries: 0 };
  private stopped = false;
  private running: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly videoId: string,
    /** A playback session id media would issue for the video (one per simulated session). */
    private readonly newSessionId: () => string,
    private readonly workers = 4,
  ) {}

  start(): void {
    this.running = Array.from({ length: this.workers }, (_, worker) => this.work(worker));
  }

  /** Lets every player finish its session, then resolves. */
  async stop(): Promise<LoadTally> {
    this.stopped = true;
    await Promise.all(this.running);
    return this.tally;
  }

  private async work(worker: number): Promise<void> {
    for (let n = 0; !this.stopped; n += 1) {
      const player = new SimulatedPlayer(this.newSessionId(), this.videoId, new Date(Date.now() - 120_000)).start(700).heartbeats(6, 10, 2500);
      player.emit('ended', { positionSec: 60, playedSec: 0 });
      const events = player.events;
      const batches = [events.slice(0, 2), events.slice(2, 5), events.slice(5, 8), events.slice(8)];
      for (const batch of batches) {
        await this.deliver(batch);
        this.tally.batches += 1;
        this.tally.events += batch.length;
        this.tally.watchSec += batch.reduce((sum, event) => sum + (event.playedSec ?? 0), 0);
        if (this.tally.batches % 5 === 0) await this.deliver(batch);
      }
      this.tally.sessions += 1;
    }
  }

  private async deliver(events: object[]): Promise<IngestEventsResponse> {
    for (;;) {
      const response = await postEvents(this.url, events).catch(() => undefined);
      if (response?.status === 202) return (await response.json()) as IngestEventsResponse;
      if (response && response.status !== 503) throw new Error(`gateway answered ${response.status}: ${await response.text()}`);
      this.tally.retries += 1;
      // Back off like a player would (the gateway says Retry-After; tests keep it short).
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
