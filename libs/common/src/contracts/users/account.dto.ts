import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { MaxBytes } from '../../validation/max-bytes.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterAccountRequest {
  @ApiProperty({ example: 'ada@example.com', maxLength: 254 })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'correct horse battery 9', minLength: 10, description: 'At least 10 characters with a letter and a digit; at most 72 bytes.' })
  @IsString()
  @Length(10, 128)
  @Matches(/(?=.*\p{L})(?=.*\p{N})/u, { message: 'password must contain a letter and a digit' })
  // bcrypt reads at most 72 bytes; longer passwords would be silently truncated, so refuse them.
  @MaxBytes(72)
  password!: string;

  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 80 })
  @Transform(trim)
  @IsString()
  @Length(1, 80)
  @Matches(/^[^\p{Cc}\p{Cf}]*$/u, { message: 'displayName must not contain control or format characters' })
  displayName!: string;
}

export const Roles = ['viewer', 'creator', 'staff', 'admin'] as const;
export type Role = (typeof Roles)[number];

export class AccountResponse {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) id!: string;
  @ApiProperty({ example: 'ada@example.com' }) email!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) displayName!: string;
  @ApiProperty({ enum: Roles }) role!: Role;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}
