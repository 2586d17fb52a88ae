import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addKeyTags, buildMasterPlaylist, encryptSegment, measureBandwidth, readCodecs, readVariantPlaylist, type MasterEntry } from './hls-playlists.js';
import type { Rendition } from './ladder.planner.js';

export const KEY_URI_PLACEHOLDER = 'key.bin';

export interface PackagedRendition extends Rendition {
  bandwidth: number;
  averageBandwidth: number;
}

/** Turns ffmpeg's HLS output into the published package: a full master playlist and, for DRM, encrypted files. */
@Injectable()
export class AssetPackager {
  async writeMaster(dir: string, renditions: Rendition[], fps: number): Promise<PackagedRendition[]> {
    const codecs = readCodecs(await readFile(join(dir, 'ffmpeg-master.m3u8'), 'utf8'));
    const packaged: PackagedRendition[] = [];
    const entries: MasterEntry[] = [];
    for (const rendition of renditions) {
      const uri = `${rendition.name}/index.m3u8`;
      const playlist = readVariantPlaylist(await readFile(join(dir, uri), 'utf8'));
      const sized = await Promise.all(
        playlist.segments.map(async (s) => ({ durationSeconds: s.durationSeconds, bytes: (await stat(join(dir, rendition.name, s.uri))).size })),
      );
      const { peak, average } = measureBandwidth(sized);
      packaged.push({ ...rendition, bandwidth: peak, averageBandwidth: average });
      entries.push({ uri, bandwidth: peak, averageBandwidth: average, width: rendition.width, height: rendition.height, codecs: codecs.get(uri) ?? 'avc1.640028,mp4a.40.2', frameRate: fps });
    }
    await writeFile(join(dir, 'master.m3u8'), buildMasterPlaylist(entries));
    await rm(join(dir, 'ffmpeg-master.m3u8'));
    return packaged;
  }

  /**
   * Encrypts every init section and segment with a new key for this asset version (a replaced asset
   * gets another) and a random IV per file; returns the key (base64).
   */
  async encrypt(dir: string, renditions: Rendition[]): Promise<string> {
    const key = randomBytes(16);
    for (const rendition of renditions) {
      const playlistFile = join(dir, rendition.name, 'index.m3u8');
      const text = await readFile(playlistFile, 'utf8');
      const playlist = readVariantPlaylist(text);
      const ivs = new Map<string, string>();
      for (const file of [...(playlist.mapUri ? [playlist.mapUri] : []), ...playlist.segments.map((s) => s.uri)]) {
        const iv = randomBytes(16);
        const path = join(dir, rendition.name, file);
        await writeFile(path, encryptSegment(await readFile(path), key, iv));
        ivs.set(file, iv.toString('hex'));
      }
      await writeFile(playlistFile, addKeyTags(text, KEY_URI_PLACEHOLDER, (uri) => ivs.get(uri) ?? ''));
    }
    return key.toString('base64');
  }
}
