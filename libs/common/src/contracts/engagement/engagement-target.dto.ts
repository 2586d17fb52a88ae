import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsMongoId } from 'class-validator';

/** What viewers comment on and react to: a creator's video (media) or a catalog title. */
export const EngagementTargetTypes = ['video', 'title'] as const;
export type EngagementTargetType = (typeof EngagementTargetTypes)[number];

/** A video or title, as named in paths and bodies. */
export class EngagementTarget {
  @ApiProperty({ enum: EngagementTargetTypes, example: 'video' })
  @IsIn(EngagementTargetTypes)
  targetType!: EngagementTargetType;

  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId({ message: 'targetId must be a video or title id' })
  targetId!: string;
}
