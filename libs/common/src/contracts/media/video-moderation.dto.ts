import { Type } from 'class-transformer';
import { IsBoolean, IsMongoId, IsOptional, ValidateNested } from 'class-validator';
import { ActorRequest, AuthUser } from '../../auth/auth.types.js';

/**
 * Service-to-service: does this video exist for this caller, and who owns it? Answers 404 when
 * the video is deleted, private or hidden by moderation and the caller is neither its owner nor staff.
 */
export class VideoLookupRequest {
  @IsMongoId() id!: string;
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export interface VideoRef {
  id: string;
  ownerId: string;
  hidden: boolean;
}

/** Moderation (staff/admin): hide a video from viewers, or show it again. */
export class SetVideoHiddenRequest extends ActorRequest {
  @IsMongoId() id!: string;
  @IsBoolean() hidden!: boolean;
}
