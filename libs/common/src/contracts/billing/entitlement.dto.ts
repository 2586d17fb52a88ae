import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { PlanQualities, type PlanQuality } from './plan.dto.js';

/** Asked by media at playback and by users at sign-in; no actor: it is a service-to-service query. */
export class CheckEntitlementRequest {
  @IsString() @Length(1, 64) userId!: string;
  @Matches(/^[A-Za-z0-9_-]{1,64}$/) videoId!: string;
}

export const EntitlementSources = ['subscription', 'ppv', 'none'] as const;
export type EntitlementSource = (typeof EntitlementSources)[number];

export class EntitlementResponse {
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ enum: EntitlementSources }) source!: EntitlementSource;
  @ApiPropertyOptional({ enum: PlanQualities }) maxQuality?: PlanQuality;
  @ApiProperty() maxDevices!: number;
  @ApiProperty() maxStreams!: number;
  @ApiProperty() downloads!: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When this answer stops being true (end of period or rental)' }) expiresAt?: string;
}

/** Asked by users at sign-in: how many devices may this account have signed in at once? */
export class DeviceLimitRequest {
  @IsString() @Length(1, 64) userId!: string;
}

export class DeviceLimitResponse {
  /** The live plan's devices signed in at once; absent when the user has no plan that grants access. */
  maxDevices?: number;
}
