import { indexOfItems, MAX_SUMMED_SIGNALS, popularItems, rankForProfile } from './item-model.js';
import { trainItemModel, type Interaction } from './item-model.trainer.js';
import { recencyWeighted, starsWeight } from './signal-weights.js';

const likes = (pairs: Array<[string, string[]]>): Array<Interaction<string, string>> => pairs.flatMap(([userId, items]) => items.map((itemId) => ({ userId, itemId, weight: 1 })));

describe('trainItemModel', () => {
  const interactions = likes([['u1', ['a', 'b']], ['u2', ['a', 'b']], ['u3', ['a', 'c']], ['u4', ['d']]]);

  it('should make items liked by the same users neighbours, strongest first', () => {
    for (const similarity of [{ kind: 'rp3beta', alpha: 1, beta: 0 } as const, { kind: 'cosine' } as const]) {
      const model = trainItemModel(interactions, { similarity, neighbours: 5 });
      const a = model.itemIds.indexOf('a');
      expect(Array.from(model.neighbours[a], (n) => model.itemIds[n])).toEqual(['b', 'c']);
    }
  });

  it('should keep at most the given number of neighbours and leave out items nobody shares', () => {
    const model = trainItemModel(interactions, { similarity: { kind: 'rp3beta', alpha: 1, beta: 0 }, neighbours: 1 });
    expect(Array.from(model.neighbours[model.itemIds.indexOf('a')], (n) => model.itemIds[n])).toEqual(['b']);
    expect(model.neighbours[model.itemIds.indexOf('d')]).toHaveLength(0);
  });

  it('should let beta push a popular neighbour below a rarer one', () => {
    const model = trainItemModel(likes([['u1', ['x', 'pop', 'rare']], ['u2', ['pop']], ['u3', ['pop']], ['u4', ['pop']]]), { similarity: { kind: 'rp3beta', alpha: 1, beta: 1 }, neighbours: 5 });
    expect(Array.from(model.neighbours[model.itemIds.indexOf('x')], (n) => model.itemIds[n])).toEqual(['rare', 'pop']);
  });

  it('should ignore signals without positive weight and order popularity by interactions', () => {
    const model = trainItemModel([...interactions, { userId: 'u5', itemId: 'e', weight: 0 }], { similarity: { kind: 'cosine' }, neighbours: 5 });
    expect(model.itemIds).not.toContain('e');
    expect(popularItems(model, 2, () => true)).toEqual(['a', 'b']);
  });
});

describe('rankForProfile', () => {
  const model = trainItemModel(likes([['u1', ['a', 'b', 'c']], ['u2', ['a', 'b']], ['u3', ['c', 'd']]]), { similarity: { kind: 'cosine' }, neighbours: 5 });
  const index = indexOfItems(model);

  it('should sum neighbours over the profile’s weighted signals and skip the profile’s own items', () => {
    expect(rankForProfile(model, index, [{ itemId: 'a', weight: 1 }], 5, () => true)).toEqual(['b', 'c']);
    expect(rankForProfile(model, index, [{ itemId: 'a', weight: 1 }, { itemId: 'd', weight: 5 }], 5, () => true)).toEqual(['c', 'b']);
  });

  it('should never return what accept refuses, and ignore unknown items and zero weights', () => {
    expect(rankForProfile(model, index, [{ itemId: 'a', weight: 1 }, { itemId: 'zz', weight: 1 }], 5, (item) => item !== 'b')).toEqual(['c']);
    expect(rankForProfile(model, index, [{ itemId: 'a', weight: 0 }], 5, () => true)).toEqual([]);
  });

  it('should sum only the newest signals, yet never return an item of an older one', () => {
    // 'd' is reachable only through 'c', the oldest signal, past the bound; 'c' and 'a' stay the profile's own.
    const unknown = Array.from({ length: MAX_SUMMED_SIGNALS - 1 }, (_, n) => ({ itemId: `unknown-${n}`, weight: 1 }));
    const signals = [{ itemId: 'a', weight: 1 }, ...unknown, { itemId: 'c', weight: 1 }];
    expect(rankForProfile(model, index, signals, 5, () => true)).toEqual(['b']);
    expect(rankForProfile(model, index, [{ itemId: 'a', weight: 1 }, { itemId: 'c', weight: 1 }], 5, () => true)).toContain('d');
  });

  it('should rank past the shortlist when accept refuses most candidates, in the same order as without refusals', () => {
    // 'seed' shares its one user with 60 items, each also liked by i other users: strength falls with i.
    const wide = trainItemModel(likes([['fan', ['seed', ...Array.from({ length: 60 }, (_, i) => `t${i}`)]], ...Array.from({ length: 60 }, (_, i): [string, string[]] => [`u${i}`, Array.from({ length: 60 - i }, (_, j) => `t${i + j}`)])]), { similarity: { kind: 'rp3beta', alpha: 1, beta: 0.5 }, neighbours: 100 });
    const wideIndex = indexOfItems(wide);
    const all = rankForProfile(wide, wideIndex, [{ itemId: 'seed', weight: 1 }], 60, () => true);
    expect(all).toHaveLength(60);
    const odd = new Set(all.filter((_, n) => n % 2 === 1));
    const late = all.slice(-3);
    expect(rankForProfile(wide, wideIndex, [{ itemId: 'seed', weight: 1 }], 5, (item) => odd.has(item))).toEqual(all.filter((item) => odd.has(item)).slice(0, 5));
    expect(rankForProfile(wide, wideIndex, [{ itemId: 'seed', weight: 1 }], 3, (item) => late.includes(item))).toEqual(late);
  });
});

describe('signal weights', () => {
  it('should count stars above 3 only', () => {
    expect([1, 3, 3.5, 4, 5].map(starsWeight)).toEqual([0, 0, 0.5, 1, 2]);
  });

  it('should halve a signal’s weight every half-life back and keep the newest signal per item', () => {
    const weighted = recencyWeighted([{ itemId: 'old', weight: 1, at: 1 }, { itemId: 'new', weight: 1, at: 3 }, { itemId: 'old', weight: 2, at: 2 }]);
    expect(weighted.map((s) => s.itemId)).toEqual(['new', 'old']);
    expect(weighted[1].weight).toBeCloseTo(2 * 0.5 ** (1 / 150));
  });
});
