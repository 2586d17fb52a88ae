import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { RegisterAccountRequest } from '../contracts/users/account.dto.js';
import { ProfilePatch } from '../contracts/users/profile.dto.js';
import { UpdateMeBody } from '../contracts/users/me.dto.js';
import { Monetization } from '../contracts/media/video.dto.js';
import { DomainError } from '../errors/domain-error.js';
import { createValidationPipe, OptionalNotNull } from './validation.js';

class Offer {
  @OptionalNotNull() @IsInt() rentalPrice?: number;
}
class Item {
  @IsInt() @Min(1) quantity!: number;
}
class Order {
  @IsString() name!: string;
  @ValidateNested({ each: true }) @Type(() => Item) items!: Item[];
}

async function validate<T>(metatype: new () => T, value: unknown): Promise<T> {
  return (await createValidationPipe().transform(value, { type: 'body', metatype })) as T;
}

async function fieldErrors(metatype: new () => unknown, value: unknown) {
  const error = await validate(metatype, value).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).status).toBe(400);
  return (error as DomainError).details?.errors ?? [];
}

describe('createValidationPipe', () => {
  it('reports nested field paths with array indexes', async () => {
    const errors = await fieldErrors(Order, { name: 'x', items: [{ quantity: 1 }, { quantity: 0 }] });
    expect(errors).toEqual([{ field: 'items[1].quantity', message: 'quantity must not be less than 1' }]);
  });

  it('answers a price in exponent notation with a field error, not a crash (found by fuzzing)', async () => {
    const errors = await fieldErrors(Monetization, { model: 'pay_per_view', priceMinor: 5e-324, currency: 'EUR' });
    expect(errors.map((e) => e.field)).toEqual(['priceMinor', 'priceMinor']);
  });

  it('refuses unknown fields instead of silently dropping them', async () => {
    const errors = await fieldErrors(Order, { name: 'x', items: [], isAdmin: true });
    expect(errors).toEqual([{ field: 'isAdmin', message: 'property isAdmin should not exist' }]);
  });

  it('normalises the e-mail of a sign-up', async () => {
    const request = await validate(RegisterAccountRequest, { email: '  Ada@Example.COM ', password: 'correct horse 9', displayName: ' Ada ' });
    expect(request.email).toBe('ada@example.com');
    expect(request.displayName).toBe('Ada');
  });

  it('refuses a password bcrypt would truncate', async () => {
    const errors = await fieldErrors(RegisterAccountRequest, { email: 'a@b.co', password: `${'é'.repeat(40)}1`, displayName: 'A' });
    expect(errors).toEqual([{ field: 'password', message: 'password must be at most 72 bytes long' }]);
  });

  it('refuses display names with bidi-override characters', async () => {
    const errors = await fieldErrors(RegisterAccountRequest, { email: 'a@b.co', password: 'correct horse 9', displayName: 'evil\u202Egnp.exe' });
    expect(errors.map((e) => e.field)).toEqual(['displayName']);
  });

  it('lets an OptionalNotNull field be left out but refuses an explicit null', async () => {
    expect(await validate(Offer, {})).toEqual({});
    expect((await fieldErrors(Offer, { rentalPrice: null })).map((e) => e.field)).toEqual(['rentalPrice']);
  });

  it('refuses null in PATCH bodies (it would be stored and answered as null)', async () => {
    expect((await fieldErrors(UpdateMeBody, { preferences: { autoplayNext: null } })).map((e) => e.field)).toEqual(['preferences.autoplayNext']);
    expect((await fieldErrors(ProfilePatch, { kid: null })).map((e) => e.field)).toEqual(['kid']);
  });

  it('still takes null where it means "remove" (a profile PIN)', async () => {
    expect(await validate(ProfilePatch, { pin: null })).toMatchObject({ pin: null });
  });
});
