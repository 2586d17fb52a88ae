import * as HLS from 'hls-parser';
import { createDecipheriv } from 'node:crypto';

export type MasterPlaylist = HLS.types.MasterPlaylist;
export type MediaPlaylist = HLS.types.MediaPlaylist;

/** Playback files go with the viewer's access token (`Authorization: Bearer`), as a player sends it. */
export type PlaybackHeaders = Record<string, string>;

export async function fetchText(url: string, headers: PlaybackHeaders = {}): Promise<{ status: number; text: string; contentType: string | null }> {
  const response = await fetch(url, { headers });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

export async function fetchBytes(url: string, headers: PlaybackHeaders = {}): Promise<Buffer> {
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export function parseMaster(text: string): MasterPlaylist {
  const playlist = HLS.parse(text);
  if (!playlist.isMasterPlaylist) throw new Error('expected a master playlist');
  return playlist as MasterPlaylist;
}

export function parseMedia(text: string): MediaPlaylist {
  const playlist = HLS.parse(text);
  if (playlist.isMasterPlaylist) throw new Error('expected a media playlist');
  return playlist as MediaPlaylist;
}

/** Init section followed by every segment, as a player would feed its decoder; `transform` gets each file's index (0: the init section). */
export async function downloadRendition(playlistUrl: string, playlist: MediaPlaylist, headers: PlaybackHeaders, transform: (data: Buffer, index: number) => Buffer = (d) => d): Promise<Buffer> {
  const first = playlist.segments[0];
  if (!first?.map) throw new Error('no init section');
  const parts = [transform(await fetchBytes(new URL(first.map.uri, playlistUrl).toString(), headers), 0)];
  for (const [i, segment] of playlist.segments.entries()) parts.push(transform(await fetchBytes(new URL(segment.uri, playlistUrl).toString(), headers), i + 1));
  return Buffer.concat(parts);
}

export function aesDecrypt(data: Buffer, key: Buffer, iv: Buffer): Buffer {
  const decipher = createDecipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}
