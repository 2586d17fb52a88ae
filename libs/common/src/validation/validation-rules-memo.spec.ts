import { IsInt, Max, validateSync } from 'class-validator';
import { rememberValidationRules } from './validation-rules-memo.js';

rememberValidationRules();

class Stars {
  @IsInt() stars!: number;
}

class ThumbStars extends Stars {
  @Max(5) limit!: number;
}

const fields = (object: object) => validateSync(object).map((error) => error.property);

describe('rememberValidationRules', () => {
  it('applies a class’s own and inherited rules on every validation, from the remembered lookup', () => {
    expect(fields(Object.assign(new Stars(), { stars: 1.5 }))).toEqual(['stars']);
    expect(fields(Object.assign(new Stars(), { stars: 2 }))).toEqual([]);
    expect(fields(Object.assign(new ThumbStars(), { stars: 1.5, limit: 9 })).sort()).toEqual(['limit', 'stars']);
  });

  it('applies a rule added after the class was first validated', () => {
    class Late {
      @IsInt() count!: number;
      extra!: number;
    }
    expect(fields(Object.assign(new Late(), { count: 1, extra: 9 }))).toEqual([]);
    Max(5)(Late.prototype, 'extra');
    expect(fields(Object.assign(new Late(), { count: 1, extra: 9 }))).toEqual(['extra']);
  });
});
