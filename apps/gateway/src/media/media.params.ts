import { ApiProperty } from '@nestjs/swagger';
import { PLAYLIST_NAME } from '@onstream/common';
import { IsIn, IsMongoId, Matches } from 'class-validator';

export class VideoIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId()
  id!: string;
}

/** The grant token rides in the path, so the packaged playlists' relative URIs resolve under it unchanged. */
export class PlaybackGrantParams extends VideoIdParam {
  @ApiProperty({ description: 'Playback grant token from GET /videos/{id}/stream (a bad or ended one answers 401)' })
  @Matches(/^[A-Za-z0-9_.-]{1,128}$/, { message: 'token must be a playback token' })
  token!: string;
}

export class PlaybackFileParams extends PlaybackGrantParams {
  @ApiProperty({ enum: ['master.m3u8', 'storyboard.vtt', 'ads.vmap'] })
  @IsIn(['master.m3u8', 'storyboard.vtt', 'ads.vmap'])
  file!: string;
}

export const KEY_FILE = 'key.bin';
export const MEDIA_PLAYLIST_FILE = 'index.m3u8';

export class RenditionFileParams extends PlaybackGrantParams {
  @ApiProperty({ example: '720p' })
  @Matches(PLAYLIST_NAME, { message: 'rendition must be a rendition name such as 720p' })
  rendition!: string;

  @ApiProperty({ description: '`index.m3u8` (media playlist), `key.bin` (AES-128 key), `init.mp4` (`init_0.mp4` per variant of a ladder) or `seg_00042.m4s`', example: 'index.m3u8' })
  @Matches(/^(index\.m3u8|key\.bin|init(_\d{1,2})?\.mp4|seg_\d{5,7}\.m4s)$/, { message: 'file must be index.m3u8, key.bin, an init.mp4 or a seg_N.m4s segment' })
  file!: string;
}
