import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { FAULT_POINTS } from './faults/fault-point-names.js';
import { faultPointList, IsFaultPointList, ServiceConfig } from '@onstream/common';

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

  /** How often the outbox relay looks for unpublished events (each write also wakes it). */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(600_000)
  ENGAGEMENT_OUTBOX_INTERVAL_MS = 1000;

  /** Fault points the outbox e2e arms (comma-separated, see FAULT_POINTS); refused with NODE_ENV=production. */
  @IsFaultPointList(FAULT_POINTS)
  ENGAGEMENT_FAULTS = '';

  get faultPoints(): string[] {
    return faultPointList(this.ENGAGEMENT_FAULTS);
  }
}
