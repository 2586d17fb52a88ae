import { ValidateBy } from 'class-validator';

/**
 * A config field naming test-only fault points (comma-separated, each one of `points`): empty, or
 * any of them outside production. A production process refuses to start with one armed.
 */
export function IsFaultPointList(points: readonly string[]): PropertyDecorator {
  return ValidateBy({
    name: 'faultPoints',
    validator: {
      validate: (value: unknown, args) =>
        value === '' || ((args?.object as { NODE_ENV?: string }).NODE_ENV !== 'production' && String(value).split(',').every((point) => points.includes(point))),
      defaultMessage: () => `must be empty with NODE_ENV=production, else fault points from: ${points.join(', ')}`,
    },
  });
}

/** The fault points of such a field, as a list. */
export function faultPointList(value: string): string[] {
  return value === '' ? [] : value.split(',');
}
