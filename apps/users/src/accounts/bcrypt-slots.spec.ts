import { BcryptSlots, bcryptRuns } from './bcrypt-slots.js';

const runsCounted = async (outcome: string) => (await bcryptRuns.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

/** Work that runs until `finish` is called. */
function pending(): { work: () => Promise<string>; finish: () => void; started: () => boolean } {
  let finish = () => {};
  let started = false;
  const work = () => {
    started = true;
    return new Promise<string>((resolve) => (finish = () => resolve('hashed')));
  };
  return { work, finish: () => finish(), started: () => started };
}

describe('BcryptSlots', () => {
  it('runs work without a deadline', async () => {
    await expect(new BcryptSlots(1).run(async () => 'hashed', undefined)).resolves.toBe('hashed');
  });

  it('never starts a hash whose deadline has passed', async () => {
    const slots = new BcryptSlots(1);
    const late = pending();
    await expect(slots.run(late.work, Date.now() - 1)).rejects.toMatchObject({ status: 503, code: 'COMMON.DEADLINE_EXCEEDED' });
    expect(late.started()).toBe(false);
  });

  it('gives up waiting for a slot at the deadline, and hands slots on in order', async () => {
    const slots = new BcryptSlots(1);
    const first = pending();
    const running = slots.run(first.work, undefined);
    const gaveUp = slots.run(pending().work, Date.now() + 20);
    const next = pending();
    const queued = slots.run(next.work, undefined);

    await expect(gaveUp).rejects.toMatchObject({ code: 'COMMON.DEADLINE_EXCEEDED' });
    expect(next.started()).toBe(false);
    first.finish();
    await expect(running).resolves.toBe('hashed');
    await Promise.resolve();
    expect(next.started()).toBe(true);
    next.finish();
    await expect(queued).resolves.toBe('hashed');
  });

  describe('with a typical run time of 100 ms', () => {
    let clock = 0;
    let slots: BcryptSlots;
    beforeEach(async () => {
      clock = 1000;
      slots = new BcryptSlots(1, () => clock);
      await slots.run(async () => {
        clock += 100;
        return 'learnt';
      }, undefined);
    });

    it('does not start a queued run whose turn comes too late to end by its deadline', async () => {
      const first = pending();
      const running = slots.run(first.work, undefined);
      await new Promise(setImmediate);
      const late = pending();
      const queued = slots.run(late.work, clock + 1150);
      clock += 1060; // 90 ms left when the slot frees: less than a typical run
      first.finish();
      await expect(running).resolves.toBe('hashed');
      await expect(queued).rejects.toMatchObject({ status: 503, code: 'COMMON.DEADLINE_EXCEEDED' });
      expect(late.started()).toBe(false);
    });

    it('counts a run that started in time and ended past its deadline as finished_late, never started_late', async () => {
      const [finishedLate, startedLate] = [await runsCounted('finished_late'), await runsCounted('started_late')];
      const deadline = clock + 50;
      await slots.run(async () => {
        clock += 100;
        return 'hashed';
      }, deadline);
      expect(await runsCounted('finished_late')).toBe(finishedLate + 1);
      expect(await runsCounted('started_late')).toBe(startedLate);
    });

    it('still starts a run that finds a slot free before its deadline, so one slow run cannot shut sign-in out', async () => {
      const tight = pending();
      const running = slots.run(tight.work, clock + 50);
      await new Promise(setImmediate);
      expect(tight.started()).toBe(true);
      tight.finish();
      await expect(running).resolves.toBe('hashed');
    });
  });
});
