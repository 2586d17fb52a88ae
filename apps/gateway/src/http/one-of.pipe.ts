import type { PipeTransform } from '@nestjs/common';
import { DomainError } from '@onstream/common';

/**
 * Checks one string parameter against a fixed list and answers 400 with a field error like the
 * validation pipe does. For hot routes whose only input is such a value: a DTO class would run
 * class-transformer and class-validator on every request for a set lookup.
 */
export class OneOfPipe<T extends string> implements PipeTransform<unknown, T> {
  private readonly allowed: ReadonlySet<string>;

  constructor(
    private readonly field: string,
    values: readonly T[],
  ) {
    this.allowed = new Set(values);
  }

  transform(value: unknown): T {
    if (typeof value === 'string' && this.allowed.has(value)) return value as T;
    throw DomainError.validation([{ field: this.field, message: `${this.field} must be one of the following values: ${[...this.allowed].join(', ')}` }]);
  }
}
