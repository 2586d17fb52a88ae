import { Type } from 'class-transformer';
import { IsBoolean, IsMongoId, IsOptional, ValidateNested } from 'class-validator';
import { ActorRequest, AuthUser } from '../../auth/auth.types.js';
import type { TitleType } from './title-types.js';

/**
 * Service-to-service: does this title exist for this caller? Answers 404 when it does not, is
 * above the caller's maturity limit, or is hidden by moderation and the caller is not staff.
 */
export class TitleLookupRequest {
  @IsMongoId() id!: string;
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export interface TitleRef {
  id: string;
  type: TitleType;
  hidden: boolean;
}

/** Moderation (staff/admin): hide a title from every list, search and page, or show it again. */
export class SetTitleHiddenRequest extends ActorRequest {
  @IsMongoId() id!: string;
  @IsBoolean() hidden!: boolean;
}
