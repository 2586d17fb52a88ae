import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { ActorRequest, MaturityLevels, type MaturityLevel } from '../../auth/auth.types.js';
import { TAG_SLUG, TAG_SLUG_MAX } from '../catalog/content-tag.dto.js';
import { MAX_DENIED_TAGS, ParentalModes, type ParentalMode } from './library.dto.js';
import { ProfileIdParams } from './profile.dto.js';

/** A kid profile's parental controls beside its title rules: the mode and the denied content tags. */
export class ParentalControlsBody {
  @ApiPropertyOptional({ enum: ParentalModes, description: 'open: everything within the maturity limit minus denials; allow-list: only titles allowed by a rule' })
  // null is refused (400), not taken for "leave as it is": the service spreads the list.
  @OptionalNotNull() @IsIn(ParentalModes) mode?: ParentalMode;

  @ApiPropertyOptional({ type: [String], example: ['violence', 'scary-scenes'], description: 'Content tag slugs (GET /tags); titles with any of them are hidden. Replaces the list.' })
  @OptionalNotNull() @IsArray() @ArrayMaxSize(MAX_DENIED_TAGS) @ArrayUnique()
  @IsString({ each: true }) @MaxLength(TAG_SLUG_MAX, { each: true }) @Matches(TAG_SLUG, { each: true, message: 'deniedTags must be tag slugs like scary-scenes' })
  deniedTags?: string[];
}

export class SetParentalControlsRequest extends IntersectionType(IntersectionType(ParentalControlsBody, ProfileIdParams), ActorRequest) {}

export class ParentalControlsResponse {
  @ApiProperty() profileId!: string;
  @ApiProperty({ enum: ParentalModes }) mode!: ParentalMode;
  @ApiProperty({ type: [String] }) deniedTags!: string[];
  @ApiProperty({ enum: MaturityLevels }) maturityLevel!: MaturityLevel;
  @ApiProperty({ description: 'Title rules held (allow and deny)' }) titleRuleCount!: number;
}
