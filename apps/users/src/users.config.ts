import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '@onstream/common';

export class UsersConfig extends ServiceConfig {
  /** bcrypt work factor: each +1 doubles the cost of a hash (12 ≈ 250 ms here). */
  @Type(() => Number)
  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_COST = 12;
}
