import { DomainError } from '@onstream/common';
import { OneOfPipe } from './one-of.pipe.js';

describe('OneOfPipe', () => {
  const pipe = new OneOfPipe('service', ['users', 'catalog'] as const);

  it('passes a listed value through', () => {
    expect(pipe.transform('catalog')).toBe('catalog');
  });

  it.each([['nosuch'], [''], [undefined], [['users']]])('refuses %p with a 400 naming the field', (value) => {
    const error = (() => {
      try {
        pipe.transform(value);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 400, details: { errors: [{ field: 'service', message: 'service must be one of the following values: users, catalog' }] } });
  });
});
