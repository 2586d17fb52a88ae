import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsMongoId, Matches, Max, Min } from 'class-validator';
import {
  HouseholdProvidersBody, KidMaturityLevels, MAX_HOUSEHOLD_PROVIDERS, MAX_PROVIDER_ID, MaturityLevels, OptionalNotNull, ProfileBody, TitleRules,
  type HouseholdProvidersResponse, type MaturityLevel, type ProfileResponse, type TitleRule, type TitleRuleResponse,
} from '@onstream/common';
import { TITLE_OR_TMDB_ID } from '../shared/seed-movie.dto.js';

type KidMaturityLevel = (typeof KidMaturityLevels)[number];

/** Seed 003's KidProfile as POST /api/profiles takes it: v1's kid profile with its PIN and maturity limit. */
export class AxolotlyKidProfileBody extends PickType(ProfileBody, ['name', 'avatar', 'pin'] as const) {
  @ApiPropertyOptional({ enum: KidMaturityLevels, default: '7+', description: 'Highest maturity rating the kid sees (v1 `maturityLevel`).' })
  @OptionalNotNull()
  @IsIn(KidMaturityLevels)
  maturity_level?: KidMaturityLevel;
}

/** PUT /api/profiles/{id}: fields left out stay; `pin: null` removes the PIN. */
export class AxolotlyKidProfilePatch extends PartialType(AxolotlyKidProfileBody, { skipNullProperties: false }) {}

export class AxolotlyProfileIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The kid profile’s `id`.' })
  @IsMongoId({ message: 'id must be a profile id' })
  id!: string;
}

export class AxolotlyKidProfile {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) avatar!: string | null;
  @ApiProperty({ enum: MaturityLevels }) maturity_level!: MaturityLevel;
  @ApiProperty({ description: 'Whether a PIN guards leaving the kid profile (the PIN itself is never answered).' }) has_pin!: boolean;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export function toKidProfile(profile: ProfileResponse): AxolotlyKidProfile {
  return { id: profile.id, name: profile.name, avatar: profile.avatar, maturity_level: profile.maturityLevel, has_pin: profile.hasPin, created_at: profile.createdAt };
}

/** A JSON number is taken for a TMDb id as well as the digits in a string. */
const digitsOf = ({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value);

/** POST /api/catalog/policies: seed 003's KidProfilesTitle junction, one title allowed or denied for one kid profile. */
export class AxolotlyPolicyBody {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The kid profile’s `id`.' })
  @IsMongoId({ message: 'kid_profile_id must be a profile id' })
  kid_profile_id!: string;

  @ApiProperty({ oneOf: [{ type: 'string', example: '665f1c2e9b1e8a0012345678' }, { type: 'integer', example: 238 }], description: 'The title’s `_id`, or its TMDb id.' })
  @Transform(digitsOf)
  @Matches(TITLE_OR_TMDB_ID, { message: 'title_id must be a title _id or a TMDb id' })
  title_id!: string;

  @ApiProperty({ enum: TitleRules })
  @IsIn(TitleRules)
  policy!: TitleRule;
}

export class AxolotlyPolicy {
  @ApiProperty() kid_profile_id!: string;
  @ApiProperty({ description: 'The title’s `_id`' }) title_id!: string;
  @ApiProperty({ enum: TitleRules }) policy!: TitleRule;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export function toPolicy(kidProfileId: string, rule: TitleRuleResponse): AxolotlyPolicy {
  return { kid_profile_id: kidProfileId, title_id: rule.titleId, policy: rule.rule, updated_at: rule.updatedAt };
}

/** POST /api/services: seed 003's StreamingServiceSelection, the family's services (replaced as a whole). */
export class AxolotlyServicesBody extends PickType(HouseholdProvidersBody, ['country'] as const) {
  @ApiProperty({ type: [Number], example: [8, 337], maxItems: MAX_HOUSEHOLD_PROVIDERS, description: 'TMDb watch-provider ids (GET /api/v1/providers)' })
  @IsArray() @ArrayMaxSize(MAX_HOUSEHOLD_PROVIDERS) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true }) @Max(MAX_PROVIDER_ID, { each: true })
  service_ids!: number[];
}

export class AxolotlyServices {
  @ApiProperty({ type: [Number], example: [8, 337] }) service_ids!: number[];
  @ApiProperty({ type: String, nullable: true, example: 'DE' }) country!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updated_at!: string | null;
}

export function toServices(household: HouseholdProvidersResponse): AxolotlyServices {
  return { service_ids: household.providerIds, country: household.country, updated_at: household.updatedAt };
}
