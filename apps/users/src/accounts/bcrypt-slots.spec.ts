import { BcryptSlots } from './bcrypt-slots.js';

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
});
