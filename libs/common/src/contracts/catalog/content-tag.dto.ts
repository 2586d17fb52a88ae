import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsMongoId, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { MaxBytes } from '../../validation/max-bytes.js';
import { OptionalNotNull } from '../../validation/validation.js';

/** Content tag slugs: `scary-scenes`. Immutable once created (profiles deny tags by slug). */
export const TAG_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TAG_SLUG_MAX = 40;
const NO_CONTROL_CHARS = /^[^\p{Cc}\p{Cf}]*$/u;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class TagSlugParam {
  @ApiProperty({ example: 'scary-scenes' })
  @IsString() @MaxLength(TAG_SLUG_MAX) @Matches(TAG_SLUG, { message: 'slug must be a tag slug like scary-scenes' })
  slug!: string;
}

export class TagInput extends TagSlugParam {
  @ApiProperty({ example: 'Scary scenes', maxLength: 60 })
  @Transform(trim) @IsString() @Length(1, 60) @MaxBytes(240) @Matches(NO_CONTROL_CHARS, { message: 'name must not contain control characters' })
  name!: string;

  @ApiPropertyOptional({ example: 'Moments that may frighten young children.', maxLength: 500 })
  @OptionalNotNull() @Transform(trim) @IsString() @MaxLength(500) @MaxBytes(2000) @Matches(NO_CONTROL_CHARS, { message: 'description must not contain control characters' })
  description?: string;
}

/** The slug never changes; name and description may (a null is refused, never stored). */
export class TagChanges extends PartialType(OmitType(TagInput, ['slug'] as const), { skipNullProperties: false }) {}

export class CreateTagRequest extends ActorRequest {
  @ValidateNested() @Type(() => TagInput) tag!: TagInput;
}

export class UpdateTagRequest extends ActorRequest {
  @IsString() @MaxLength(TAG_SLUG_MAX) @Matches(TAG_SLUG) slug!: string;
  @ValidateNested() @Type(() => TagChanges) changes!: TagChanges;
}

export class DeleteTagRequest extends ActorRequest {
  @IsString() @MaxLength(TAG_SLUG_MAX) @Matches(TAG_SLUG) slug!: string;
}

export class TitleTagParams extends TagSlugParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @IsMongoId({ message: 'id must be a title id' }) id!: string;
}

export class TitleTagRequest extends ActorRequest {
  @IsMongoId() id!: string;
  @IsString() @MaxLength(TAG_SLUG_MAX) @Matches(TAG_SLUG) slug!: string;
}

export class ContentTagResponse {
  @ApiProperty({ example: 'scary-scenes' }) slug!: string;
  @ApiProperty({ example: 'Scary scenes' }) name!: string;
  @ApiProperty({ example: 'Moments that may frighten young children.' }) description!: string;
  @ApiProperty({ description: 'Titles carrying the tag' }) titleCount!: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class ContentTagListResponse {
  @ApiProperty({ type: [ContentTagResponse] }) items!: ContentTagResponse[];
}

export class TitleTagsResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ type: [String], example: ['violence'] }) tags!: string[];
}

export class TagDeletedResponse {
  @ApiProperty() slug!: string;
  @ApiProperty({ description: 'Titles the tag was removed from' }) untaggedTitles!: number;
}
