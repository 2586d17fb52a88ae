import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '@onstream/common';

export class EngagementConfig extends ServiceConfig {
  /** Longest comment, in characters (code points) after cleaning. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  COMMENT_MAX_CHARS = 2000;

  /** How long after posting an author may still edit a comment; 0 = never. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30 * 24 * 3600)
  COMMENT_EDIT_WINDOW_SECONDS = 900;
}
