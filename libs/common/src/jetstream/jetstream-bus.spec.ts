import { redeliveryDelayMs } from './jetstream-bus.js';
import { eventSubject } from './event-envelope.js';

describe('redeliveryDelayMs', () => {
  it('doubles from one second and caps at a minute', () => {
    expect([1, 2, 3, 4, 7, 8, 30].map(redeliveryDelayMs)).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000, 60_000]);
  });
});

describe('eventSubject', () => {
  it('keeps events out of the request/reply namespace', () => {
    expect(eventSubject('media.asset.ready')).toBe('events.media.asset.ready');
  });
});
