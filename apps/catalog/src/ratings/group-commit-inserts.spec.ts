import { jest } from '@jest/globals';
import { GroupCommitInserts } from './group-commit-inserts.js';

/** A store whose inserts answer only when the test says so, refusing the keys it already holds. */
function heldStore(taken: string[] = []) {
  const keys = new Set(taken);
  const calls: string[][] = [];
  const pending: Array<() => void> = [];
  const insertMany = jest.fn(async (documents: string[]) => {
    calls.push(documents);
    await new Promise<void>((resolve) => pending.push(resolve));
    const refused = new Set<number>();
    documents.forEach((key, index) => (keys.has(key) ? refused.add(index) : keys.add(key)));
    return refused;
  });
  const answerNext = async () => {
    while (pending.length === 0) await Promise.resolve();
    pending.shift()?.();
  };
  return { insertMany, calls, answerNext };
}

describe('GroupCommitInserts', () => {
  it('sends an insert at once when none is in flight', async () => {
    const store = heldStore();
    const inserts = new GroupCommitInserts(store.insertMany, 10);
    const first = inserts.insert('a');
    expect(store.calls).toEqual([['a']]);
    await store.answerNext();
    await expect(first).resolves.toBe('inserted');
  });

  it('groups the inserts that arrive while one is in flight into the next call', async () => {
    const store = heldStore();
    const inserts = new GroupCommitInserts(store.insertMany, 10);
    const outcomes = ['a', 'b', 'c', 'd'].map((key) => inserts.insert(key));
    await store.answerNext();
    await store.answerNext();
    await expect(Promise.all(outcomes)).resolves.toEqual(['inserted', 'inserted', 'inserted', 'inserted']);
    expect(store.calls).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('answers exists only to the writers whose key was taken, including a key twice in one group', async () => {
    const store = heldStore(['taken']);
    const inserts = new GroupCommitInserts(store.insertMany, 10);
    const outcomes = ['first', 'taken', 'b', 'b'].map((key) => inserts.insert(key));
    await store.answerNext();
    await store.answerNext();
    await expect(Promise.all(outcomes)).resolves.toEqual(['inserted', 'exists', 'inserted', 'exists']);
  });

  it('sends no more than the group size at once', async () => {
    const store = heldStore();
    const inserts = new GroupCommitInserts(store.insertMany, 2);
    const outcomes = ['a', 'b', 'c', 'd', 'e'].map((key) => inserts.insert(key));
    for (let call = 0; call < 3; call += 1) await store.answerNext();
    await Promise.all(outcomes);
    expect(store.calls).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('fails every writer of a group whose call failed, and keeps serving the next ones', async () => {
    const broken = new Error('store down');
    const insertMany = jest.fn<(documents: string[]) => Promise<ReadonlySet<number>>>().mockRejectedValueOnce(broken).mockResolvedValueOnce(new Set());
    const inserts = new GroupCommitInserts(insertMany, 10);
    await expect(inserts.insert('a')).rejects.toBe(broken);
    await expect(inserts.insert('b')).resolves.toBe('inserted');
  });
});
