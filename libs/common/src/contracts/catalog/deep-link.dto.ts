import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsMongoId, IsString, Max, Min, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { DEEP_LINK_APP_SCHEMES, DEEP_LINK_MAX_LENGTH, deepLinkProblem } from './deep-link-url.js';
import { MAX_PROVIDER_ID } from './title-query.dto.js';
import { ReviewStatuses, type ReviewStatus } from './review.dto.js';

/** Where a link came from: a paired device's report, or the deep-link provider's backfill. */
export const DeepLinkSources = ['device', 'backfill'] as const;
export type DeepLinkSource = (typeof DeepLinkSources)[number];
export const MAX_SEASON_OR_EPISODE = 10_000;

/** A link a streaming app opens: https on a public host or one of the known app schemes (see deepLinkProblem). */
export function IsDeepLinkUrl(): PropertyDecorator {
  return ValidateBy({
    name: 'isDeepLinkUrl',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && deepLinkProblem(value) === null,
      defaultMessage: (args) => (typeof args?.value === 'string' ? (deepLinkProblem(args.value) ?? 'url is invalid') : 'url must be a string'),
    },
  });
}

/** A device's report: this link opens this title (or one episode of this series) in this provider's app. */
export class DeepLinkReportBody {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The movie or series (`_id`).' })
  @IsMongoId({ message: 'titleId must be a title id' })
  titleId!: string;

  @ApiProperty({ example: 8, description: 'TMDb watch-provider id (8 = Netflix).' })
  @IsInt() @Min(1) @Max(MAX_PROVIDER_ID)
  providerId!: number;

  @ApiProperty({
    example: 'https://www.netflix.com/title/80057281',
    maxLength: DEEP_LINK_MAX_LENGTH,
    description: `https on a public host, or a streaming app scheme: ${DEEP_LINK_APP_SCHEMES.join(', ')}.`,
  })
  @IsString() @IsDeepLinkUrl()
  url!: string;

  @ApiPropertyOptional({ example: 1, description: 'With `episodeNumber`: the link opens this episode of a series.' })
  @ValidateIf((body: DeepLinkReportBody) => body.seasonNumber !== undefined || body.episodeNumber !== undefined)
  @IsInt({ message: 'seasonNumber and episodeNumber go together' }) @Min(0) @Max(MAX_SEASON_OR_EPISODE)
  seasonNumber?: number;

  @ApiPropertyOptional({ example: 1 })
  @ValidateIf((body: DeepLinkReportBody) => body.seasonNumber !== undefined || body.episodeNumber !== undefined)
  @IsInt({ message: 'seasonNumber and episodeNumber go together' }) @Min(1) @Max(MAX_SEASON_OR_EPISODE)
  episodeNumber?: number;
}

export class ReportDeepLinkRequest extends ActorRequest {
  @ValidateNested() @Type(() => DeepLinkReportBody) link!: DeepLinkReportBody;
}

/** The best accepted link of a listed title for one provider, as the launcher gets it. */
export class ApprovedDeepLink {
  @ApiProperty() titleId!: string;
  @ApiProperty({ example: 8 }) providerId!: number;
  @ApiProperty() url!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Set when the link opens one episode' }) seasonNumber!: number | null;
  @ApiProperty({ type: Number, nullable: true }) episodeNumber!: number | null;
}

/** What the reporting device learns: the link as stored and whether this report counted. */
export class DeepLinkReportResponse extends ApprovedDeepLink {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ReviewStatuses }) status!: ReviewStatus;
  @ApiProperty({ description: 'false when this device had reported the same link before (a repeat changes nothing)' }) counted!: boolean;
}

/** A link as staff review it. */
export class DeepLinkResponse extends ApprovedDeepLink {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ReviewStatuses }) status!: ReviewStatus;
  @ApiProperty({ enum: DeepLinkSources }) source!: DeepLinkSource;
  @ApiProperty({ description: 'Distinct devices that reported it' }) reports!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The staff user who accepted or rejected it' }) reviewedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) reviewedAt!: string | null;
}

export class DeepLinkPage {
  @ApiProperty({ type: [DeepLinkResponse] }) items!: DeepLinkResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'For `?cursor=`; null on the last page' }) nextCursor!: string | null;
}
