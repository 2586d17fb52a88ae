import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsMongoId, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { MaxBytes } from '../../validation/max-bytes.js';
import { ReviewStatuses, type ReviewStatus } from './review.dto.js';


/**
 * A page title of the configured wiki (`Bluey (TV series)`): MediaWiki's title rules, no characters it
 * forbids in titles (`# < > [ ] | { }`), no control characters, 255 bytes at most, and not a URL.
 */
export const WIKI_PAGE = /^(?![a-z][a-z0-9+.-]*:\/\/)[^#<>[\]|{}\p{Cc}\p{Cf}]+$/iu;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class WikiTagImportBody {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The title to propose tags for (`_id`).' })
  @IsMongoId({ message: 'titleId must be a title id' })
  titleId!: string;

  @ApiProperty({ example: 'Bluey (TV series)', maxLength: 255, description: 'A page title of the configured wiki (not a URL).' })
  @Transform(trim) @IsString() @Length(1, 255) @MaxBytes(255) @Matches(WIKI_PAGE, { message: 'page must be a wiki page title (no URL, no # < > [ ] | { })' })
  page!: string;
}

export class WikiTagImportRequest extends ActorRequest {
  @ValidateNested() @Type(() => WikiTagImportBody) import!: WikiTagImportBody;
}

export class TagProposalResponse {
  @ApiProperty() id!: string;
  @ApiProperty() titleId!: string;
  @ApiProperty({ example: 'scary-scenes', description: 'An existing content tag' }) slug!: string;
  @ApiProperty({ example: 'Bluey (TV series)', description: 'The wiki page it came from' }) wikiPage!: string;
  @ApiProperty({ example: 'Category:Scary scenes', description: 'The page’s category that matched the tag' }) category!: string;
  @ApiProperty({ enum: ReviewStatuses }) status!: ReviewStatus;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) reviewedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) reviewedAt!: string | null;
}

export class WikiTagImportResponse {
  @ApiProperty() titleId!: string;
  @ApiProperty({ description: 'The page as the wiki names it (after redirects)' }) page!: string;
  @ApiProperty({ type: [TagProposalResponse], description: 'Proposals for tags the title does not carry yet (a repeat import finds the same ones)' }) proposals!: TagProposalResponse[];
  @ApiProperty({ type: [String], description: 'Categories of the page no content tag matches (create a tag to use one)' }) unmatchedCategories!: string[];
}

export class TagProposalPage {
  @ApiProperty({ type: [TagProposalResponse] }) items!: TagProposalResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'For `?cursor=`; null on the last page' }) nextCursor!: string | null;
}
