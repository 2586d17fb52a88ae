import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { DisplayName, EmailAddress, GivenPassword, NewPassword, Username } from '@onstream/common';

/**
 * POST /api/login, shared by seed 002 (`username`) and seed 003 (`email`): one of the two
 * (the e-mail wins when both are sent).
 */
export class SeedLoginBody {
  @ApiPropertyOptional({ example: 'user123', description: 'Seed 002. Required unless `email` is sent.' })
  @ValidateIf((body: SeedLoginBody) => body.email === undefined)
  @Username({ required: false })
  username?: string;

  @ApiPropertyOptional({ example: 'test@example.com', description: 'Seed 003. Required unless `username` is sent.' })
  @ValidateIf((body: SeedLoginBody) => body.username === undefined || body.email !== undefined)
  @EmailAddress()
  email?: string;

  @GivenPassword()
  password!: string;
}

/** POST /api/register (seed 002): the username signs in and names the account. */
export class StreamifyRegisterBody {
  @Username({ required: true })
  username!: string;

  @EmailAddress()
  email!: string;

  @NewPassword()
  password!: string;

  @ApiPropertyOptional({ example: 'Ada Lovelace', maxLength: 80, description: 'Display name; default the username.' })
  @ValidateIf((body: StreamifyRegisterBody) => body.name !== undefined)
  @DisplayName('name')
  name?: string;
}
