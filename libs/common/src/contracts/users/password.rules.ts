import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { MaxBytes } from '../../validation/max-bytes.js';

/** The one strength rule for a new password (sign-up, reset, change). */
export function NewPassword(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: 'correct horse battery 9', minLength: 10, description: 'At least 10 characters with a letter and a digit; at most 72 bytes.' }),
    IsString(),
    Length(10, 128),
    Matches(/(?=.*\p{L})(?=.*\p{N})/u, { message: 'password must contain a letter and a digit' }),
    // bcrypt reads at most 72 bytes; longer passwords would be silently truncated, so refuse them.
    MaxBytes(72),
  );
}

/** A password being checked, not set: no strength rule (old accounts), only a sane size. */
export function GivenPassword(): PropertyDecorator {
  return applyDecorators(ApiProperty({ example: 'correct horse battery 9', maxLength: 128 }), IsString(), Length(1, 128));
}
