import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ReportTargetParam {
  @ApiProperty({ example: 'vid-42', description: 'Video, creator or user id.' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'id must be 1-64 characters of A-Z, a-z, 0-9, _ or -' })
  id!: string;
}
