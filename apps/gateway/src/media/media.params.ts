import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMongoId, IsOptional, Length, Matches } from 'class-validator';

export const PLAYLIST_FILE = /^([a-z0-9]{1,16})\.m3u8$/;

export class VideoIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId()
  id!: string;
}

export class PlaybackParams {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId()
  id!: string;
}

export class PlaylistFileParams extends PlaybackParams {
  @ApiProperty({ description: '`master.m3u8` or a rendition playlist such as `720p.m3u8`', example: 'master.m3u8' })
  @Matches(PLAYLIST_FILE, { message: 'file must be master.m3u8 or <rendition>.m3u8' })
  file!: string;
}

/** The token is the credential of playback routes; without one they answer 401. */
export class PlaybackTokenQuery {
  @ApiPropertyOptional({ description: 'Playback token from GET /videos/{id}/stream' })
  @IsOptional()
  @Length(10, 1024)
  token?: string;
}
