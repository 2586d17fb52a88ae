import type { PlaybackEvent, PlaybackEventType } from '@onstream/common';

type Extra = Partial<Omit<PlaybackEvent, 'id' | 'sessionId' | 'videoId' | 'type' | 'clientTs'>>;

/** Builds the events of one simulated player session, numbering ids and advancing its clock. */
export class SimulatedPlayer {
  readonly events: PlaybackEvent[] = [];
  private clock: number;
  private sequence = 0;

  constructor(
    readonly sessionId: string,
    readonly videoId: string,
    startsAt: Date,
  ) {
    this.clock = startsAt.getTime();
  }

  emit(type: PlaybackEventType, extra: Extra = {}, advanceSec = 1): PlaybackEvent {
    const event = { id: `${this.sessionId}-${++this.sequence}`, sessionId: this.sessionId, videoId: this.videoId, type, clientTs: new Date(this.clock).toISOString(), ...extra } as PlaybackEvent;
    this.clock += advanceSec * 1000;
    this.events.push(event);
    return event;
  }

  /** view_start, then the first play with its startup time. */
  start(startupMs: number): this {
    this.emit('view_start');
    this.emit('play', { startupMs });
    return this;
  }

  heartbeats(count: number, playedSec: number, bitrateKbps?: number): this {
    for (let i = 0; i < count; i += 1) this.emit('heartbeat', { positionSec: (i + 1) * playedSec, playedSec, ...(bitrateKbps ? { bitrateKbps } : {}) }, playedSec);
    return this;
  }
}

export async function postEvents(url: string, events: object[], token?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ events }),
  });
}
