import type { IngestEventsResponse } from '@onstream/common';
import { postEvents, SimulatedPlayer } from './support/analytics-players.js';
import { playbackSessionId } from './support/playback-sessions.js';
import { Platform } from './support/platform.js';

const platform = new Platform();
const player = (videoId = 'vid-bad-input') => new SimulatedPlayer(playbackSessionId(platform, videoId), videoId, new Date(Date.now() - 60_000));

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

beforeAll(() => platform.start({ env: { EVENTS_MAX_BATCH: '50', EVENTS_FUTURE_TOLERANCE_SECONDS: '60', TRENDING_INTERVAL_MS: '0' } }));
afterAll(() => platform.stop());

describe('POST /events with bad input', () => {
  it('accepts an anonymous batch with 202 and its count', async () => {
    const response = await postEvents(platform.url('/events'), player().start(900).heartbeats(2, 10).events);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ batchId: expect.stringMatching(/^[0-9a-f]{32}$/), accepted: 4, rejected: [] });
  });

  it('accepts only the events of playback sessions media issued for their video', async () => {
    const genuine = player().start(900).events;
    const invented = new SimulatedPlayer(`s-${Math.random().toString(36).slice(2, 10)}`, 'vid-bad-input', new Date(Date.now() - 60_000)).emit('view_start');
    const elsewhere = { ...player('vid-other').emit('view_start'), videoId: 'vid-bad-input' };
    const response = await postEvents(platform.url('/events'), [...genuine, invented, elsewhere]);
    const body = (await response.json()) as IngestEventsResponse;
    expect(response.status).toBe(202);
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r) => [r.index, r.errors.map((e) => e.field)])).toEqual([[2, ['sessionId']], [3, ['sessionId']]]);
  });

  it('refuses a batch over the limit with 400', async () => {
    const response = await postEvents(platform.url('/events'), player().heartbeats(51, 1).events);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).code).toBe('ANALYTICS.BATCH_TOO_LARGE');
  });

  it('lists an event from the future and one of an unknown type as rejected, and accepts the rest', async () => {
    const p = player().start(500);
    const future = { ...p.emit('heartbeat', { playedSec: 10 }), clientTs: new Date(Date.now() + 10 * 60_000).toISOString() };
    const unknown = { ...p.emit('pause'), type: 'teleport' };
    const response = await postEvents(platform.url('/events'), [...p.events.slice(0, 2), future, unknown]);
    const body = (await response.json()) as IngestEventsResponse;
    expect(response.status).toBe(202);
    expect(body.accepted).toBe(2);
    expect(body.rejected).toEqual([
      { index: 2, id: future.id, errors: [{ field: 'clientTs', message: 'clientTs lies too far in the future' }] },
      { index: 3, id: unknown.id, errors: [expect.objectContaining({ field: 'type' })] },
    ]);
  });

  it('rejects an event older than the late-event horizon', async () => {
    const p = player();
    const old = { ...p.emit('view_start'), clientTs: new Date(Date.now() - 25 * 3600_000).toISOString() };
    const response = await postEvents(platform.url('/events'), [old, p.emit('view_start')]);
    expect(((await response.json()) as IngestEventsResponse).rejected).toEqual([{ index: 0, id: old.id, errors: [{ field: 'clientTs', message: 'clientTs is older than late events may be' }] }]);
  });

  it('answers a batch with no valid event with 400 and every field', async () => {
    const response = await postEvents(platform.url('/events'), [{ id: 'x', type: 'heartbeat' }, { ...player().emit('buffer_end'), extra: true }]);
    const problem = (await response.json()) as Problem;
    expect(response.status).toBe(400);
    expect(problem.code).toBe('ANALYTICS.NO_VALID_EVENTS');
    expect(problem.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['events[0].sessionId', 'events[0].clientTs', 'events[1].stallMs', 'events[1].extra']));
  });

  it('answers a body that is not a batch with 400', async () => {
    const response = await fetch(platform.url('/events'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events: 'lots' }) });
    expect(response.status).toBe(400);
  });

  it('answers a 1 MB body with 413, not 500', async () => {
    const event = player().emit('error', { errorCode: 'E'.repeat(64) });
    const response = await postEvents(platform.url('/events'), Array.from({ length: 6000 }, () => event));
    expect(response.status).toBe(413);
  });

  it('answers a bad token on the public route with 401 rather than counting it as anonymous', async () => {
    const response = await postEvents(platform.url('/events'), player().start(1).events, 'not-a-token');
    expect(response.status).toBe(401);
  });
});
