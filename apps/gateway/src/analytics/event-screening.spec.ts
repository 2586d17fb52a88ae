import 'reflect-metadata';
import { DomainError, INGEST_EVENTS_REQUEST_SCHEMA, IngestEventsRequest, PLAYBACK_EVENT_SCHEMA, PlaybackEvent, PlaybackSessionIds } from '@onstream/common';
import { batchIdOf, batchOf, screenEvents } from './event-screening.js';

const now = new Date('2026-11-24T12:00:00Z');
const sessionIds = new PlaybackSessionIds('k'.repeat(32));
const rules = { now, futureToleranceMs: 60_000, maxAgeMs: 24 * 3600_000, isIssuedSession: (sessionId: string, videoId: string) => sessionIds.verify(sessionId, videoId) };
const s1 = sessionIds.issue('v1', 'AAAAAAAAAAAAAAAAAAAAAA');
const event = (id: string, extra: Record<string, unknown> = {}) => ({ id, sessionId: s1, videoId: 'v1', type: 'heartbeat', clientTs: '2026-11-24T11:59:00Z', positionSec: 10, playedSec: 10, ...extra });

describe('screenEvents', () => {
  it('accepts valid events and keeps a repeated one once', () => {
    const { accepted, rejected } = screenEvents([event('e1'), event('e2'), event('e1')], rules);
    expect(accepted.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(rejected).toEqual([]);
  });

  it('rejects an event beyond the future tolerance but accepts one within it', () => {
    const { accepted, rejected } = screenEvents([event('e1', { clientTs: '2026-11-24T12:00:59Z' }), event('e2', { clientTs: '2026-11-24T12:01:01Z' })], rules);
    expect(accepted.map((e) => e.id)).toEqual(['e1']);
    expect(rejected).toEqual([{ index: 1, id: 'e2', errors: [{ field: 'clientTs', message: 'clientTs lies too far in the future' }] }]);
  });

  it('requires the type-specific fields of a type', () => {
    const { rejected } = screenEvents([event('e1', { type: 'rendition_change' }), event('e2', { type: 'error' })], rules);
    expect(rejected.map((r) => [r.index, [...new Set(r.errors.map((e) => e.field))]])).toEqual([
      [0, ['bitrateKbps']],
      [1, ['errorCode']],
    ]);
  });

  it('refuses ids that could not serve as document keys', () => {
    const { rejected } = screenEvents([event('a.b'), event('$x')], rules);
    expect(rejected.map((r) => r.errors[0].field)).toEqual(['id', 'id']);
  });

  it('refuses events under a session id media did not issue, or issued for another video', () => {
    const invented = `${'B'.repeat(22)}${'C'.repeat(22)}`;
    const { accepted, rejected } = screenEvents([event('e1'), event('e2', { sessionId: invented }), event('e3', { videoId: 'v2' }), event('e4', { sessionId: 'short' })], rules);
    expect(accepted.map((e) => e.id)).toEqual(['e1']);
    expect(rejected.map((r) => [r.id, r.errors.map((e) => e.field)])).toEqual([['e2', ['sessionId']], ['e3', ['sessionId']], ['e4', ['sessionId']]]);
  });

  it('refuses unknown fields and unknown types', () => {
    const { rejected } = screenEvents([event('e1', { admin: true }), event('e2', { type: 'teleport' })], rules);
    expect(rejected.map((r) => r.errors.map((e) => e.field))).toEqual([['admin'], ['type']]);
  });
});

describe('batchOf', () => {
  const refusal = (body: unknown) => {
    try {
      batchOf(body);
    } catch (error) {
      return error instanceof DomainError ? { status: error.status, errors: (error.details as { errors: unknown }).errors } : error;
    }
    return 'accepted';
  };

  it('hands a batch on as parsed, its events unchecked (screenEvents checks each)', () => {
    const body = { events: [event('e1'), { anything: 1 }] };
    expect(batchOf(body)).toBe(body);
  });

  it('answers 400 naming the field when the body is not a batch', () => {
    const notAnArray = { status: 400, errors: [{ field: 'events', message: 'events must be an array' }] };
    expect(refusal({})).toEqual(notAnArray);
    expect(refusal({ events: { 0: event('e1') } })).toEqual(notAnArray);
    expect(refusal([event('e1')])).toEqual(notAnArray);
    expect(refusal(null)).toEqual(notAnArray);
    expect(refusal('events')).toEqual(notAnArray);
    for (const item of [null, [event('e1')], 'e1', 7]) {
      expect(refusal({ events: [item, event('e1'), item] })).toEqual({ status: 400, errors: [{ field: 'events', message: 'each event must be an object' }] });
      expect(refusal({ events: [event('e1'), item] })).toEqual({ status: 400, errors: [{ field: 'events', message: 'each event must be an object' }] });
    }
    expect(refusal({ events: [], admin: true })).toEqual({ status: 400, errors: [{ field: 'admin', message: 'property admin should not exist' }] });
  });

  it('describes in OpenAPI exactly the fields it accepts', () => {
    const documented = (Reflect.getMetadata('swagger/apiModelPropertiesArray', IngestEventsRequest.prototype) as string[]).map((name) => name.slice(1));
    expect(documented).toEqual(Object.keys(INGEST_EVENTS_REQUEST_SCHEMA.properties));
  });
});

describe('batchIdOf', () => {
  it('names the same events the same, whatever their order', () => {
    const [a, b] = screenEvents([event('e1'), event('e2')], rules).accepted;
    expect(batchIdOf([a, b])).toBe(batchIdOf([b, a]));
    expect(batchIdOf([a])).not.toBe(batchIdOf([a, b]));
  });
});

describe('the event schema', () => {
  it('checks a field whenever it is present and refuses impossible dates', () => {
    const { rejected } = screenEvents([event('e1', { type: 'play', startupMs: -5 }), event('e2', { clientTs: '2026-13-01T00:00:00Z' }), event('e3', { clientTs: '2026-11-24' })], rules);
    expect(rejected).toEqual([
      { index: 0, id: 'e1', errors: [{ field: 'startupMs', message: 'startupMs must be >= 0' }] },
      { index: 1, id: 'e2', errors: [{ field: 'clientTs', message: 'clientTs is not a real date' }] },
      { index: 2, id: 'e3', errors: [{ field: 'clientTs', message: expect.stringContaining('RFC 3339') }] },
    ]);
  });

  it('describes in OpenAPI exactly the fields it accepts', () => {
    const documented = (Reflect.getMetadata('swagger/apiModelPropertiesArray', PlaybackEvent.prototype) as string[]).map((name) => name.slice(1));
    expect(documented.sort()).toEqual(Object.keys(PLAYBACK_EVENT_SCHEMA.properties).sort());
  });
});
