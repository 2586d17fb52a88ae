import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsMongoId, IsOptional, IsString, Matches, ValidateIf } from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { ActorRequest, MaturityLevels, type MaturityLevel } from '../../auth/auth.types.js';
import { DisplayName } from './account.dto.js';

export const MAX_PROFILES_PER_ACCOUNT = 5;
/** Kid profiles may be limited to these levels at most. */
export const KidMaturityLevels = ['all', '7+', '13+'] as const satisfies readonly MaturityLevel[];
export const AVATAR_PATTERN = /^[a-z0-9-]{1,40}$/;

export class ProfileBody {
  @ApiProperty({ example: 'Ada', maxLength: 80 })
  @DisplayName('name')
  name!: string;

  @ApiPropertyOptional({ example: 'avatar-3', description: 'Key of a built-in avatar image.' })
  @OptionalNotNull()
  @Matches(AVATAR_PATTERN, { message: 'avatar must be an avatar key (a-z, 0-9, -)' })
  avatar?: string;

  @ApiPropertyOptional({ example: 'en' })
  @OptionalNotNull()
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'language must be a language tag such as en or pt-BR' })
  language?: string;

  @ApiPropertyOptional({ default: false, description: 'A kid profile sees titles up to its maturity level (at most 13+) and needs its PIN, if set, to leave.' })
  @OptionalNotNull()
  @IsBoolean()
  kid?: boolean;

  @ApiPropertyOptional({ enum: MaturityLevels, description: 'Highest maturity rating shown; default 18+ (7+ for kids).' })
  @OptionalNotNull()
  @IsIn(MaturityLevels)
  maturityLevel?: MaturityLevel;

  @ApiPropertyOptional({ example: '4821', nullable: true, description: '4 digits; needed to leave this kid profile. null removes it.' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(/^\d{4}$/, { message: 'pin must be 4 digits' })
  pin?: string | null;
}

// skipNullProperties: false — only `pin` takes null (its own rule); other nulls are refused.
export class ProfilePatch extends PartialType(ProfileBody, { skipNullProperties: false }) {}

export class ProfileIdParams {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId({ message: 'profileId must be a profile id' })
  profileId!: string;
}

export class CreateProfileRequest extends IntersectionType(ProfileBody, ActorRequest) {}
export class UpdateProfileRequest extends IntersectionType(IntersectionType(ProfilePatch, ProfileIdParams), ActorRequest) {}
export class ProfileRequest extends IntersectionType(ProfileIdParams, ActorRequest) {}

export class SelectProfileBody {
  @ApiPropertyOptional({ example: '4821', description: 'PIN of the kid profile being left, when it has one.' })
  @OptionalNotNull()
  @IsString()
  @Matches(/^\d{4}$/, { message: 'pin must be 4 digits' })
  pin?: string;
}

export class SelectProfileRequest extends IntersectionType(IntersectionType(SelectProfileBody, ProfileIdParams), ActorRequest) {}

export class ProfileResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) avatar!: string | null;
  @ApiProperty() language!: string;
  @ApiProperty() kid!: boolean;
  @ApiProperty({ enum: MaturityLevels }) maturityLevel!: MaturityLevel;
  @ApiProperty({ description: 'Whether a PIN guards leaving this profile.' }) hasPin!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class ProfileListResponse {
  @ApiProperty({ type: [ProfileResponse] }) items!: ProfileResponse[];
}

export class ProfileTokenResponse {
  @ApiProperty({ description: 'Access token scoped to the profile (claims pid, kid, mat); same session.' }) accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({ type: ProfileResponse }) profile!: ProfileResponse;
}
