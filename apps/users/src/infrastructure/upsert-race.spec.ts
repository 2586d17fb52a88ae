import { jest } from '@jest/globals';
import { upsertWithRetry } from './upsert-race.js';

describe('upsertWithRetry', () => {
  it('runs the upsert again after losing an insert race (E11000)', async () => {
    const upsert = jest.fn<() => Promise<string>>().mockRejectedValueOnce(Object.assign(new Error('dup'), { code: 11000 })).mockResolvedValueOnce('row');
    expect(await upsertWithRetry(upsert)).toBe('row');
    expect(upsert).toHaveBeenCalledTimes(2);
  });

  it('passes any other error through untouched', async () => {
    const upsert = jest.fn<() => Promise<string>>().mockRejectedValue(new Error('down'));
    await expect(upsertWithRetry(upsert)).rejects.toThrow('down');
    expect(upsert).toHaveBeenCalledTimes(1);
  });
});
