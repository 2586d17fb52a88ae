import { OUTBOX_SLOT_MS, outboxEvent, outboxFields, outboxPinned, outboxSlotOf, withOutbox } from './outbox.js';

describe('withOutbox', () => {
  const event = outboxEvent('t.happened', { n: 1 }, 'e1');

  it('pushes the events, stamped, and moves outboxAt in the same update as the state change', () => {
    const update = withOutbox({ $set: { status: 'paid' } }, [event]) as { $set: Record<string, unknown>; $push: { outbox: { $each: Array<{ id: string; storedAt: Date }> } } };
    expect(update.$set.status).toBe('paid');
    expect(update.$set.outboxAt).toBeInstanceOf(Date);
    expect(update.$set.outboxSlot).toBe(outboxSlotOf(update.$set.outboxAt as Date));
    expect(update.$push.outbox.$each.map((e) => e.id)).toEqual(['e1']);
    expect(update.$push.outbox.$each[0].storedAt).toEqual(update.$set.outboxAt);
  });

  it('replaces the entries with the kept ones plus the new ones when the owner trims, without a $push on the same path', () => {
    const kept = { ...outboxEvent('t.before', {}, 'e0'), storedAt: new Date(0) };
    const update = withOutbox({ $set: { status: 'paid' } }, [event], [kept]) as Record<string, Record<string, unknown>>;
    expect(update.$push).toBeUndefined();
    expect((update.$set.outbox as Array<{ id: string }>).map((e) => e.id)).toEqual(['e0', 'e1']);
  });

  it('leaves an update without events or trimming as it is', () => {
    const update = { $set: { status: 'paid' } };
    expect(withOutbox(update, [])).toBe(update);
  });

  it('gives a new document its stamped events and pins a trimming write to the outboxAt it read', () => {
    const fields = outboxFields([event], new Date(5));
    expect(fields).toEqual({ outbox: [{ ...event, storedAt: new Date(5) }], outboxAt: new Date(5), outboxSlot: 0 });
    expect(outboxSlotOf(new Date(3 * OUTBOX_SLOT_MS + 1))).toBe(3);
    expect(outboxFields([])).toEqual({});
    expect(outboxPinned({ outboxAt: new Date(5) })).toEqual({ outboxAt: new Date(5) });
    expect(outboxPinned({})).toEqual({ outboxAt: null });
  });
});
