import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsInt, IsString, Max, Min, ValidateIf } from 'class-validator';
import {
  DEEP_LINK_APP_SCHEMES, DEEP_LINK_MAX_LENGTH, ReviewStatuses, IsDeepLinkUrl, MAX_PROVIDER_ID, MAX_SEASON_OR_EPISODE, type ApprovedDeepLink, type DeepLinkReportBody,
  type DeepLinkReportResponse, type ReviewStatus,
} from '@onstream/common';
import { SeedMovie } from '../shared/seed-movie.dto.js';
import { AxolotlyPolicyBody } from './axolotly-family.dto.js';

const together = (body: AxolotlyDeepLinkBody) => body.season_number !== undefined || body.episode_number !== undefined;

/** POST /api/launcher/report-deep-link: seed 003's EpisodeLink, a link that opens a title or an episode in a provider's app. */
export class AxolotlyDeepLinkBody extends PickType(AxolotlyPolicyBody, ['title_id'] as const) {
  @ApiProperty({ example: 8, description: 'The streaming service: a TMDb watch-provider id, as in /api/services.' })
  @IsInt() @Min(1) @Max(MAX_PROVIDER_ID)
  provider_id!: number;

  @ApiProperty({ example: 'https://www.netflix.com/title/80057281', maxLength: DEEP_LINK_MAX_LENGTH, description: `https on a public host, or an app scheme: ${DEEP_LINK_APP_SCHEMES.join(', ')}.` })
  @IsString() @IsDeepLinkUrl()
  url!: string;

  @ApiPropertyOptional({ example: 1, description: 'With `episode_number`: the link opens this episode of a series (title_id is the series).' })
  @ValidateIf(together) @IsInt({ message: 'season_number and episode_number go together' }) @Min(0) @Max(MAX_SEASON_OR_EPISODE)
  season_number?: number;

  @ApiPropertyOptional({ example: 1 })
  @ValidateIf(together) @IsInt({ message: 'season_number and episode_number go together' }) @Min(1) @Max(MAX_SEASON_OR_EPISODE)
  episode_number?: number;
}

/** A deep link as the launcher reads it. */
export class AxolotlyDeepLink {
  @ApiProperty({ example: 8 }) provider_id!: number;
  @ApiProperty() url!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Set when the link opens one episode' }) season_number!: number | null;
  @ApiProperty({ type: Number, nullable: true }) episode_number!: number | null;
}

export class AxolotlyDeepLinkReport extends AxolotlyDeepLink {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The title’s `_id`' }) title_id!: string;
  @ApiProperty({ enum: ReviewStatuses, description: 'pending until staff review it' }) status!: ReviewStatus;
  @ApiProperty({ description: 'false when this device had reported the same link before' }) counted!: boolean;
}

/** An approved movie with the best accepted deep link per provider. */
export class AxolotlyLauncherMovie extends SeedMovie {
  @ApiProperty({ type: [AxolotlyDeepLink] }) deep_links!: AxolotlyDeepLink[];
}

export function toDeepLinkReportBody(body: AxolotlyDeepLinkBody, titleId: string): DeepLinkReportBody {
  return {
    titleId, providerId: body.provider_id, url: body.url,
    ...(body.season_number !== undefined && body.episode_number !== undefined && { seasonNumber: body.season_number, episodeNumber: body.episode_number }),
  };
}

export function toDeepLink(link: Omit<ApprovedDeepLink, 'titleId'>): AxolotlyDeepLink {
  return { provider_id: link.providerId, url: link.url, season_number: link.seasonNumber, episode_number: link.episodeNumber };
}

export function toDeepLinkReport(report: DeepLinkReportResponse): AxolotlyDeepLinkReport {
  return { ...toDeepLink(report), id: report.id, title_id: report.titleId, status: report.status, counted: report.counted };
}

/** Each approved movie with its links (the catalog answers them for the whole page). */
export function withDeepLinks(movies: SeedMovie[], links: ApprovedDeepLink[]): AxolotlyLauncherMovie[] {
  return movies.map((movie) => ({ ...movie, deep_links: links.filter((link) => link.titleId === movie._id).map(toDeepLink) }));
}
