import { IsIn, IsInt, IsMongoId, IsString, Length, Matches, Min } from 'class-validator';

/** What a tus upload carries: the video file itself, or a custom poster image (`Upload-Metadata: kind thumbnail`). */
export const UploadKinds = ['video', 'thumbnail'] as const;
export type UploadKind = (typeof UploadKinds)[number];
import { ActorRequest } from '../../auth/auth.types.js';

/** Asked by the gateway before it accepts a tus upload: may this caller upload this many bytes for this video? */
export class AuthorizeUploadRequest extends ActorRequest {
  @IsMongoId()
  videoId!: string;

  @IsInt()
  @Min(0)
  size!: number;

  @IsString()
  @Length(0, 255)
  filename!: string;

  @IsIn(UploadKinds)
  kind: UploadKind = 'video';
}

export class AuthorizeUploadResponse {
  /** Object key (without the store's own suffixes) the upload must be written to. */
  objectKey!: string;
}

/** Sent by the gateway when the last byte of a tus upload is in S3. */
export class UploadCompletedRequest extends ActorRequest {
  @IsMongoId()
  videoId!: string;

  @IsString()
  @Length(1, 512)
  @Matches(/^[A-Za-z0-9_./-]+$/)
  objectKey!: string;

  @IsInt()
  @Min(0)
  size!: number;

  @IsIn(UploadKinds)
  kind: UploadKind = 'video';
}

export class UploadCompletedResponse {
  videoId!: string;
  /** The transcode job (video uploads only). */
  jobId?: string;
}
