import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Caps a string's UTF-8 size, which MaxLength (UTF-16 units) does not. */
export function MaxBytes(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxBytes',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && Buffer.byteLength(value, 'utf8') <= max,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be at most ${max} bytes long`,
      },
    },
    options,
  );
}
