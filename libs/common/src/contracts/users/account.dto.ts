import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { NewPassword } from './password.rules.js';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** An e-mail address, trimmed and lower-cased before it is checked. */
export function EmailAddress(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: 'ada@example.com', maxLength: 254 }),
    Transform(normaliseEmail),
    IsEmail({}, { message: 'email must be a valid e-mail address' }),
    MaxLength(254),
  );
}

/** A person's or profile's visible name: trimmed, 1–80 characters, no control or bidi characters. */
export function DisplayName(property = 'displayName'): PropertyDecorator {
  return applyDecorators(
    Transform(trim),
    IsString(),
    Length(1, 80),
    Matches(/^[^\p{Cc}\p{Cf}]*$/u, { message: `${property} must not contain control or format characters` }),
  );
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,29}$/;

/** A sign-in name: 3–30 letters, digits, `_`, `.` or `-`, starting with a letter or digit; case does not matter (kept lower-case). */
export function Username(options: { required: boolean }): PropertyDecorator {
  return applyDecorators(
    (options.required ? ApiProperty : ApiPropertyOptional)({ example: 'ada_l', minLength: 3, maxLength: 30, description: 'Sign-in name; case-insensitive, kept lower-case.' }),
    Transform(normaliseEmail),
    IsString(),
    Matches(USERNAME_PATTERN, { message: 'username must be 3–30 letters, digits, _ . or -, starting with a letter or digit' }),
  );
}

export class RegisterAccountRequest {
  @EmailAddress()
  email!: string;

  @NewPassword()
  password!: string;

  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 80 })
  @DisplayName()
  displayName!: string;

  @OptionalNotNull()
  @Username({ required: false })
  username?: string;
}

export const Roles = ['viewer', 'creator', 'staff', 'admin'] as const;
export type Role = (typeof Roles)[number];

export class AccountResponse {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) id!: string;
  @ApiProperty({ example: 'ada@example.com' }) email!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) displayName!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ada_l', description: 'Sign-in name, when the account chose one' }) username!: string | null;
  @ApiProperty({ enum: Roles }) role!: Role;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}
