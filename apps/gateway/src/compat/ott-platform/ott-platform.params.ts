import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsMongoId, Matches } from 'class-validator';
import { Granularities, OptionalNotNull, type Granularity } from '@onstream/common';

export class OttStreamVideoParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId()
  videoId!: string;
}

/** The id in /analytics/{videos,creator,user}/:id, as v1's report routes accept it. */
export class OttReportTargetParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'id must be 1-64 characters of A-Z, a-z, 0-9, _ or -' })
  id!: string;
}

/** Seed 004's analytics routes name no range: by default the last 30 days by day. */
export class OttReportQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Start (inclusive); default 30 days before `to`.' }) @OptionalNotNull() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'End (exclusive); default now.' }) @OptionalNotNull() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ enum: Granularities, default: 'day' }) @OptionalNotNull() @IsIn(Granularities) granularity?: Granularity;
}
