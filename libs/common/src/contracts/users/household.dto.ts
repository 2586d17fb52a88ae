import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { COUNTRY, COUNTRY_MESSAGE, MAX_PROVIDER_ID, upperCountry } from '../catalog/title-query.dto.js';

export const MAX_HOUSEHOLD_PROVIDERS = 50;

/** The streaming services a household subscribes to (TMDb provider ids, see GET /providers). */
export class HouseholdProvidersBody {
  @ApiProperty({ type: [Number], example: [8, 337], maxItems: MAX_HOUSEHOLD_PROVIDERS })
  @IsArray() @ArrayMaxSize(MAX_HOUSEHOLD_PROVIDERS) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true }) @Max(MAX_PROVIDER_ID, { each: true })
  providerIds!: number[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'DE', description: 'Where the household watches; the default country of `myServices=true`' })
  @IsOptional() @Transform(upperCountry) @ValidateIf((_, value) => value !== null) @Matches(COUNTRY, { message: COUNTRY_MESSAGE })
  country?: string | null;
}

export class SetHouseholdProvidersRequest extends ActorRequest {
  @IsArray() @ArrayMaxSize(MAX_HOUSEHOLD_PROVIDERS) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true }) @Max(MAX_PROVIDER_ID, { each: true }) providerIds!: number[];
  @IsOptional() @ValidateIf((_, value) => value !== null) @Matches(COUNTRY) country?: string | null;
}

export class HouseholdProvidersResponse {
  @ApiProperty({ type: [Number], example: [8, 337] }) providerIds!: number[];
  @ApiProperty({ type: String, nullable: true, example: 'DE' }) country!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt!: string | null;
}
