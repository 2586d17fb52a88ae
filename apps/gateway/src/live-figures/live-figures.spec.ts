import { jest } from '@jest/globals';
import type { CatalogClient, CommunityRatingDto } from '@onstream/common';
import { LiveCommunityRatings } from './live-figures.js';

function setup() {
  let answer: Promise<CommunityRatingDto> = Promise.resolve({ average: 4, count: 2 });
  const send = jest.fn(() => answer);
  const ratings = new LiveCommunityRatings({ send } as unknown as CatalogClient);
  return { ratings, send, answerWith: (next: Promise<CommunityRatingDto>) => (answer = next) };
}

describe('LiveCommunityRatings', () => {
  it('asks once for concurrent and repeated views of a title', async () => {
    const { ratings, send } = setup();
    const views = await Promise.all([ratings.of('t1'), ratings.of('t1'), ratings.of('t1')]);
    expect(views).toEqual([{ average: 4, count: 2 }, { average: 4, count: 2 }, { average: 4, count: 2 }]);
    await ratings.of('t1');
    expect(send).toHaveBeenCalledTimes(1);
    await ratings.of('t2');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks again after a change through this replica', async () => {
    const { ratings, send, answerWith } = setup();
    await ratings.of('t1');
    answerWith(Promise.resolve({ average: 5, count: 3 }));
    ratings.changed('t1');
    expect(await ratings.of('t1')).toEqual({ average: 5, count: 3 });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not remember a failure', async () => {
    const { ratings, send, answerWith } = setup();
    answerWith(Promise.reject(new Error('catalog down')));
    await expect(ratings.of('t1')).rejects.toThrow('catalog down');
    answerWith(Promise.resolve({ average: 3, count: 1 }));
    expect(await ratings.of('t1')).toEqual({ average: 3, count: 1 });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
