import { ApiProperty, IntersectionType, PickType } from '@nestjs/swagger';
import {
  CatalogJobKinds, CatalogJobStates, ReviewStatuses, WikiTagImportBody, type CatalogJobKind, type CatalogJobResponse, type CatalogJobState, type ContentTagResponse,
  type TagProposalResponse, type ReviewStatus, type WikiTagImportResponse,
} from '@onstream/common';
import { AxolotlyPolicyBody } from './axolotly-family.dto.js';

/** Seed 003's ContentTag: a content warning or theme. */
export class AxolotlyTag {
  @ApiProperty({ example: 'scary-scenes', description: 'The tag’s slug (parents deny tags by it)' }) id!: string;
  @ApiProperty({ example: 'Scary scenes' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Titles carrying it' }) title_count!: number;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export function toTag(tag: ContentTagResponse): AxolotlyTag {
  return { id: tag.slug, name: tag.name, description: tag.description, title_count: tag.titleCount, updated_at: tag.updatedAt };
}

/** POST /api/admin/scrape-fandom: a title and the page of the configured wiki about it (never a URL). */
export class AxolotlyWikiImportBody extends IntersectionType(PickType(AxolotlyPolicyBody, ['title_id'] as const), PickType(WikiTagImportBody, ['page'] as const)) {}

export class AxolotlyTagProposal {
  @ApiProperty({ description: 'Review it at POST /api/v1/admin/catalog/tag-proposals/{id}/review' }) id!: string;
  @ApiProperty({ description: 'The title’s `_id`' }) title_id!: string;
  @ApiProperty({ example: 'scary-scenes', description: 'The proposed tag’s id' }) tag_id!: string;
  @ApiProperty({ example: 'Category:Scary scenes' }) category!: string;
  @ApiProperty({ enum: ReviewStatuses }) status!: ReviewStatus;
}

export class AxolotlyWikiImport {
  @ApiProperty() title_id!: string;
  @ApiProperty({ description: 'The page as the wiki names it' }) page!: string;
  @ApiProperty({ type: [AxolotlyTagProposal] }) proposals!: AxolotlyTagProposal[];
  @ApiProperty({ type: [String], description: 'Categories no content tag matches' }) unmatched_categories!: string[];
}

function toProposal(proposal: TagProposalResponse): AxolotlyTagProposal {
  return { id: proposal.id, title_id: proposal.titleId, tag_id: proposal.slug, category: proposal.category, status: proposal.status };
}

export function toWikiImport(imported: WikiTagImportResponse): AxolotlyWikiImport {
  return { title_id: imported.titleId, page: imported.page, proposals: imported.proposals.map(toProposal), unmatched_categories: imported.unmatchedCategories };
}

/** A backfill started in the background (202): poll v1's GET /api/v1/admin/catalog/backfills/{job_id}. */
export class AxolotlyBackfillJob {
  @ApiProperty({ example: 'backfill-episodes-1732630000000123' }) job_id!: string;
  @ApiProperty({ enum: CatalogJobKinds }) kind!: CatalogJobKind;
  @ApiProperty({ enum: CatalogJobStates }) status!: CatalogJobState;
  @ApiProperty({ example: '/api/v1/admin/catalog/backfills/backfill-episodes-1732630000000123' }) status_url!: string;
}

export function toBackfillJob(job: CatalogJobResponse): AxolotlyBackfillJob {
  return { job_id: job.id, kind: job.kind, status: job.state, status_url: `/api/v1/admin/catalog/backfills/${job.id}` };
}
