import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { makeClip } from './media-clips.js';

/**
 * A listener that records every TCP connection (an http or https fetch alike): the hostile corpus
 * points its segments and nested playlists here, and a safe pipeline never connects.
 */
export class TrapListener {
  readonly connections: string[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor() {
    this.server = createServer((req, res) => {
      this.connections.push(`${req.method} ${req.url} ${req.headers['user-agent'] ?? ''}`);
      res.end();
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      this.connections.push(`connection from ${socket.remoteAddress}`);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export interface HostileFile {
  /** What the file is, for test names. */
  label: string;
  path: string;
  /** The name the uploader gives it. */
  filename: string;
  kind: 'video' | 'thumbnail';
  /** What the refusal must say. */
  reason: RegExp;
}

function ffmpeg(args: string[]): void {
  const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${result.stderr}`);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of side×side 1-bit pixels whose zlib stream of zeros is a few tens of kilobytes. */
export function pngBomb(side: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.writeUInt8(1, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const rows = Buffer.alloc(side * (1 + Math.ceil(side / 8)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A ZIP archive holding one stored text file. */
function zipArchive(name: string, content: Buffer): Buffer {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + content.length, 16);
  return Buffer.concat([local, fileName, content, central, fileName, end]);
}

/** A tiny raw-video AVI whose headers then claim a 65,535×65,535 picture. */
function forgedSizeAvi(file: string): void {
  ffmpeg(['-f', 'lavfi', '-i', 'color=s=16x16:r=1', '-t', '1', '-c:v', 'rawvideo', '-pix_fmt', 'gray', file]);
  const data = readFileSync(file);
  const main = data.indexOf('avih');
  data.writeUInt32LE(65535, main + 8 + 32);
  data.writeUInt32LE(65535, main + 8 + 36);
  const format = data.indexOf('strf');
  data.writeInt32LE(65535, format + 8 + 4);
  data.writeInt32LE(65535, format + 8 + 8);
  writeFileSync(file, data);
}

const CONTAINER = /not a video in an accepted container/;

/** Writes the hostile-input corpus into `dir`; every network reference in it points at `trap` (host:port). */
export function writeHostileCorpus(dir: string, trap: string): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (label: string, filename: string, content: string | Buffer | ((path: string) => void), reason: RegExp, kind: HostileFile['kind'] = 'video') => {
    const path = join(dir, `${files.length}-${label.replace(/\W+/g, '-')}${extname(filename)}`);
    if (typeof content === 'function') content(path);
    else writeFileSync(path, content);
    files.push({ label, path, filename, kind, reason });
  };
  const playlist = (segment: string) => `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXTINF:10.0,\n${segment}\n#EXT-X-ENDLIST\n`;
  add('HLS playlist with an http segment', 'x.mp4', playlist(`http://${trap}/ssrf/seg0.ts`), CONTAINER);
  add('HLS playlist with an https segment', 'x.mp4', playlist(`https://${trap}/ssrf/seg0.ts`), CONTAINER);
  add('HLS playlist with a file segment', 'x.mp4', playlist('file:///etc/passwd'), CONTAINER);
  add('HLS playlist with a data segment', 'x.mp4', playlist('data:video/mp2t;base64,R0dHR0dH'), CONTAINER);
  add('HLS master playlist with a nested playlist', 'x.mp4', `#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nhttp://${trap}/ssrf/nested.m3u8\n`, CONTAINER);
  add('DASH manifest', 'x.mp4', `<?xml version="1.0"?><MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT10S" minBufferTime="PT2S" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011"><Period><AdaptationSet mimeType="video/mp4"><Representation id="1" bandwidth="1000" width="64" height="64" codecs="avc1.4d401e"><BaseURL>http://${trap}/ssrf/dash.mp4</BaseURL></Representation></AdaptationSet></Period></MPD>`, CONTAINER);
  add('concat script', 'x.mov', `ffconcat version 1.0\nfile 'http://${trap}/ssrf/concat.mp4'\nfile '/etc/passwd'\n`, CONTAINER);
  add('image-sequence name over a PNG', 'frame%03d.mp4', pngBomb(64), CONTAINER);
  add('ZIP archive renamed .mov', 'archive.mov', zipArchive('notes.txt', Buffer.from('not a video\n'.repeat(100))), /not a readable video/);
  add('file claiming 65,535×65,535', 'huge.avi', forgedSizeAvi, /no valid picture size; the limit is \d+×\d+/);
  add('ten-hour silent video of a few kilobytes', 'long.mkv', (path) => ffmpeg(['-f', 'lavfi', '-i', 'color=c=black:s=64x64:r=1/60', '-t', '36000', '-c:v', 'libx264', '-preset', 'ultrafast', path]), /lasts 36000 s; the limit is \d+ s/);
  add('file with 100 audio streams', 'many.mkv', (path) => ffmpeg([
    '-f', 'lavfi', '-i', 'color=s=64x64:r=10', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', '1',
    '-map', '0:v', ...Array.from({ length: 100 }, () => ['-map', '1:a']).flat(), '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'pcm_s16le', path,
  ]), /101 streams; the limit is \d+/);
  add('truncated video', 'cut.mp4', (path) => {
    makeClip(path, { seconds: 2, width: 320, height: 240 });
    truncateSync(path, Math.floor(statSync(path).size / 2));
  }, /not a readable video/);
  add('PNG decompression bomb as a poster', 'poster.png', pngBomb(20_000), /400000000 pixels; the limit is \d+/, 'thumbnail');
  return files;
}
