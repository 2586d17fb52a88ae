import { jest } from '@jest/globals';
import { runPeriodically } from './periodic-task.js';

describe('runPeriodically', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const logger = () => ({ warn: jest.fn(), error: jest.fn() });

  it('runs the task every interval, logs a failed run at its level and goes on, and stops when told', async () => {
    const log = logger();
    const task = jest.fn<() => Promise<unknown>>().mockRejectedValueOnce(new Error('store down')).mockResolvedValue(1);
    const stop = runPeriodically(1000, task, log, { msg: 'pruning failed', level: 'warn' });
    await jest.advanceTimersByTimeAsync(3000);
    stop();
    await jest.advanceTimersByTimeAsync(3000);
    expect([task.mock.calls.length, log.warn.mock.calls, log.error.mock.calls.length]).toEqual([3, [[{ msg: 'pruning failed', err: 'store down' }]], 0]);
  });

  it('skips a run while the previous one is still going', async () => {
    let finish = () => undefined as void;
    const task = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = runPeriodically(1000, task, logger(), { msg: 'x' });
    await jest.advanceTimersByTimeAsync(3500);
    finish();
    await jest.advanceTimersByTimeAsync(1000);
    stop();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('never runs with an interval of 0', async () => {
    const task = jest.fn<() => Promise<unknown>>().mockResolvedValue(1);
    const stop = runPeriodically(0, task, logger(), { msg: 'x' });
    await jest.advanceTimersByTimeAsync(10_000);
    stop();
    expect(task).not.toHaveBeenCalled();
  });
});
