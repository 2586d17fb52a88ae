import type { AdEventType, PlaybackEvent, ReportScope } from '@onstream/common';
import { emptyCounters, startOfDay, startOfHour, type BucketCounters } from './bucket-counters.js';
import { playedSeconds, type SessionFlag } from './session-claim.js';

/** What one batch owns in one session (see planClaim). */
export interface OwnedSession {
  sessionId: string;
  videoId: string;
  viewerId: string;
  /** Present when the viewer is signed in: feeds the per-user report. */
  userId?: string;
  ownedEvents: PlaybackEvent[];
  ownedFlags: Set<SessionFlag>;
}

/** One batch's immutable share of one hour bucket; its id makes re-inserting it a no-op. */
export interface BucketPart extends BucketCounters {
  _id: string;
  batchId: string;
  scope: ReportScope;
  scopeId: string;
  hour: Date;
  processedAt: Date;
}

/** "This viewer was seen in this bucket": counted distinct at read time. */
export interface ViewerMark {
  _id: string;
  scope: ReportScope;
  scopeId: string;
  granularity: 'hour' | 'day';
  bucket: Date;
  viewer: string;
}

const ENGAGEMENT: ReadonlySet<PlaybackEvent['type']> = new Set(['like', 'share', 'comment']);

/** The counter each ad event adds to. */
const AD_COUNTERS: Record<AdEventType, keyof BucketCounters> = {
  ad_impression: 'adImpressions',
  ad_first_quartile: 'adFirstQuartiles',
  ad_midpoint: 'adMidpoints',
  ad_third_quartile: 'adThirdQuartiles',
  ad_complete: 'adCompletes',
  ad_click: 'adClicks',
};
const isAdEvent = (type: PlaybackEvent['type']): type is AdEventType => type in AD_COUNTERS;

function latest(events: PlaybackEvent[]): PlaybackEvent {
  return events.reduce((a, b) => (b.clientTs > a.clientTs ? b : a));
}

function earliest(events: PlaybackEvent[]): PlaybackEvent | undefined {
  return events.length === 0 ? undefined : events.reduce((a, b) => (b.clientTs < a.clientTs ? b : a));
}

/** Counters per hour of one session's owned events and flags (flags land in the hour of the event that set them). */
export function sessionCountersByHour(session: OwnedSession): Map<number, BucketCounters> {
  const byHour = new Map<number, BucketCounters>();
  const at = (event: PlaybackEvent) => {
    const hour = startOfHour(event.clientTs).getTime();
    let counters = byHour.get(hour);
    if (!counters) byHour.set(hour, (counters = emptyCounters()));
    return counters;
  };
  for (const event of session.ownedEvents) {
    const counters = at(event);
    counters.events += 1;
    const played = playedSeconds(event);
    counters.watchSec += played;
    if (event.type === 'heartbeat' && event.bitrateKbps !== undefined && played > 0) {
      counters.bitrateKbpsSec += event.bitrateKbps * played;
      counters.bitrateSec += played;
    }
    if (event.type === 'buffer_start') counters.rebufferCount += 1;
    if (event.type === 'buffer_end') counters.stallMs += event.stallMs ?? 0;
    if (event.type === 'like') counters.likes += event.count ?? 1;
    if (event.type === 'share') counters.shares += event.count ?? 1;
    if (event.type === 'comment') counters.comments += event.count ?? 1;
    if (isAdEvent(event.type)) counters[AD_COUNTERS[event.type]] += 1;
  }
  const owned = session.ownedEvents;
  const flagEvent: Record<SessionFlag, () => PlaybackEvent | undefined> = {
    started: () => earliest(owned.filter((e) => e.type === 'view_start')),
    firstPlay: () => earliest(owned.filter((e) => e.type === 'play' && e.startupMs !== undefined)),
    completed: () => earliest(owned.filter((e) => e.type === 'ended')),
    errored: () => earliest(owned.filter((e) => e.type === 'error')),
    // The view is reached by this batch's playback: put it where that playback happened last.
    view: () => (owned.length > 0 ? latest(owned) : undefined),
  };
  for (const flag of session.ownedFlags) {
    const event = flagEvent[flag]();
    if (!event) continue;
    const counters = at(event);
    if (flag === 'started') counters.starts += 1;
    if (flag === 'view') counters.views += 1;
    if (flag === 'completed') counters.completions += 1;
    if (flag === 'errored') counters.errorSessions += 1;
    if (flag === 'firstPlay') {
      counters.startupMsSum += event.startupMs ?? 0;
      counters.startupSamples += 1;
    }
  }
  return byHour;
}

/** The parts and viewer marks one batch contributes, per video, creator (when known) and signed-in user. */
export function batchContribution(batchId: string, sessions: OwnedSession[], creatorOf: ReadonlyMap<string, string>, processedAt: Date): { parts: BucketPart[]; marks: ViewerMark[] } {
  const parts = new Map<string, BucketPart>();
  const marks = new Map<string, ViewerMark>();
  for (const session of sessions) {
    const scopes: Array<[ReportScope, string]> = [['video', session.videoId]];
    const creatorId = creatorOf.get(session.videoId);
    if (creatorId) scopes.push(['creator', creatorId]);
    if (session.userId) scopes.push(['user', session.userId]);
    for (const [hourMs, counters] of sessionCountersByHour(session)) {
      const hour = new Date(hourMs);
      for (const [scope, scopeId] of scopes) {
        const id = `${batchId}|${scope}|${scopeId}|${hour.toISOString()}`;
        const part = parts.get(id) ?? { _id: id, batchId, scope, scopeId, hour, processedAt, ...emptyCounters() };
        for (const [name, value] of Object.entries(counters) as Array<[keyof BucketCounters, number]>) part[name] += value;
        parts.set(id, part);
      }
    }
    for (const event of session.ownedEvents) {
      if (ENGAGEMENT.has(event.type)) continue;
      for (const [scope, scopeId] of scopes) {
        for (const [granularity, bucket] of [['hour', startOfHour(event.clientTs)], ['day', startOfDay(event.clientTs)]] as const) {
          const id = `${scope}|${scopeId}|${granularity}|${bucket.toISOString()}|${session.viewerId}`;
          if (!marks.has(id)) marks.set(id, { _id: id, scope, scopeId, granularity, bucket, viewer: session.viewerId });
        }
      }
    }
  }
  return { parts: [...parts.values()], marks: [...marks.values()] };
}
