import { IsIn, IsMongoId } from 'class-validator';
import { ActorRequest, MaturityLevels, type MaturityLevel } from '../../auth/auth.types.js';

/** Media, before granting playback: may this viewer (a kid profile or paired device) watch this video? */
export class PlaybackCheckRequest extends ActorRequest {
  @IsMongoId()
  videoId!: string;

  /** The video's own rating (its creator's choice). */
  @IsIn(MaturityLevels)
  maturityLevel!: MaturityLevel;
}

export class PlaybackCheckResponse {
  allowed!: boolean;
  /** Why not: above the viewer's maturity limit, or a parent's rules (denied title or tag, allow-list). */
  reason!: 'maturity' | 'parental' | null;
}
