import { runPeriodically } from '../time/periodic-task.js';
import { currentDeadline, currentRequestId, normaliseRequestId, outsideRequest, runInRequestContext } from './request-context.js';

describe('request context', () => {
  it('keeps a sane caller-supplied id', () => {
    expect(normaliseRequestId('abc-123_x.y:z')).toBe('abc-123_x.y:z');
  });

  it.each([[''], ['a b'], ['x'.repeat(129)], ['line\nbreak'], [undefined], [['a', 'b']]])('replaces an unusable id %p with a UUID', (candidate) => {
    expect(normaliseRequestId(candidate)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the id across awaits', async () => {
    const seen = await runInRequestContext('r-1', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentRequestId();
    });
    expect(seen).toBe('r-1');
    expect(currentRequestId()).toBeUndefined();
  });

  it('runs work started outside the request (timers, shared rounds) without its deadline', async () => {
    const seen = await runInRequestContext(
      'r-2',
      async () => {
        const inside = currentDeadline();
        const inTimer = await outsideRequest(() => new Promise<number | undefined>((resolve) => setTimeout(() => resolve(currentDeadline()), 1)));
        const inRound = await outsideRequest(async () => {
          await new Promise((resolve) => setImmediate(resolve));
          return currentDeadline();
        });
        return { inside, inTimer, inRound, after: currentDeadline() };
      },
      undefined,
      1234,
    );
    expect(seen).toEqual({ inside: 1234, inTimer: undefined, inRound: undefined, after: 1234 });
  });

  it('runs a periodic task started during a request outside it', async () => {
    const seen = await runInRequestContext(
      'r-3',
      () =>
        new Promise<string | undefined>((resolve) => {
          const stop = runPeriodically(1, async () => {
            stop();
            resolve(currentRequestId());
          }, { warn: () => undefined, error: () => undefined }, { msg: 'never' });
        }),
      undefined,
      1234,
    );
    expect(seen).toBeUndefined();
  });
});
