import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from '@onstream/common';
import { MediaConfig } from '../media.config.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { FfmpegRepository } from '../transcode/ffmpeg.repository.js';
import type { HouseAd } from './ad-documents.js';

const WIDTH = 640;
const HEIGHT = 360;

/** ffmpeg arguments of the generated house ad: a test pattern with a tone, H.264 + AAC in a fast-start MP4. */
export function houseAdArgs(seconds: number, out: string): string[] {
  return [
    '-hide_banner', '-nostdin', '-y', '-loglevel', 'error',
    '-f', 'lavfi', '-i', `testsrc2=size=${WIDTH}x${HEIGHT}:rate=25:duration=${seconds}`,
    '-f', 'lavfi', '-i', `sine=frequency=660:sample_rate=48000:duration=${seconds}`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', '50',
    '-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart', '-shortest', out,
  ];
}

/**
 * The house ad the built-in VAST server serves: the configured file, or a clip generated once per
 * length and kept in S3 (`ads/house/`), served by signed URL. Generated on first use, then reused.
 */
@Injectable()
export class HouseAdRepository {
  private readonly logger = new Logger(HouseAdRepository.name);
  private stored?: Promise<string>;

  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly storage: ObjectStorage,
    private readonly ffmpeg: FfmpegRepository,
    private readonly clock: Clock,
  ) {}

  async houseAd(): Promise<HouseAd> {
    const seconds = this.config.AD_BREAK_SECONDS;
    const mediaUrl = this.config.AD_HOUSE_MEDIA_URL || (await this.storage.presignGet(await this.generatedKey(), this.config.PLAYBACK_TOKEN_TTL_SECONDS, this.clock.now()));
    return { id: `house-${seconds}s`, title: 'OnStream house ad', durationSeconds: seconds, mediaUrl, mediaType: 'video/mp4', width: WIDTH, height: HEIGHT, clickThroughUrl: this.config.AD_HOUSE_CLICK_URL };
  }

  private generatedKey(): Promise<string> {
    // A failed attempt is forgotten, so the next request tries again.
    this.stored ??= this.ensureGenerated().catch((error: unknown) => {
      this.stored = undefined;
      throw error;
    });
    return this.stored;
  }

  private async ensureGenerated(): Promise<string> {
    const key = this.storage.key(`ads/house/house-${this.config.AD_BREAK_SECONDS}s.mp4`);
    if ((await this.storage.listKeys(key)).includes(key)) return key;
    const dir = await mkdtemp(join(tmpdir(), 'onstream-house-ad-'));
    try {
      const file = join(dir, 'house.mp4');
      await this.ffmpeg.run(houseAdArgs(this.config.AD_BREAK_SECONDS, file), 60_000);
      await this.storage.putBuffer(key, await readFile(file));
      this.logger.log({ msg: 'house ad generated', key });
      return key;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
