import { Injectable } from '@nestjs/common';
import { spawn } from 'node:child_process';

export interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  duration?: string;
  channels?: number;
}

export interface ProbeResult {
  streams: ProbeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string };
}

/** Raised when ffprobe or ffmpeg exits non-zero; `stderr` holds its last words. */
export class MediaToolError extends Error {
  constructor(
    readonly tool: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`${tool} exited with ${exitCode}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    this.name = 'MediaToolError';
  }
}

/** Raised when ffprobe or ffmpeg ran past its deadline and was killed. */
export class MediaToolTimeout extends Error {
  constructor(
    readonly tool: string,
    readonly timeoutMs: number,
  ) {
    super(`${tool} ran longer than its limit of ${Math.round(timeoutMs / 1000)} s and was stopped.`);
    this.name = 'MediaToolTimeout';
  }
}

/** ffprobe's arguments for a local file: only the `file` protocol, only the given demuxers. */
export function probeArgs(file: string, containers: readonly string[]): string[] {
  return [
    '-v', 'error', '-protocol_whitelist', 'file', '-format_whitelist', containers.join(','),
    '-print_format', 'json', '-show_format', '-show_streams', `file:${file}`,
  ];
}

/** Runs ffprobe and ffmpeg on local files. Arguments are built elsewhere (LadderPlanner); this only executes them. */
@Injectable()
export class FfmpegRepository {
  /** Probes a local file (never a URL) with the given demuxers allowed; killed after timeoutMs. */
  async probe(file: string, containers: readonly string[], timeoutMs: number): Promise<ProbeResult> {
    const { stdout } = await this.exec('ffprobe', probeArgs(file, containers), timeoutMs);
    return JSON.parse(stdout) as ProbeResult;
  }

  /** Runs ffprobe with the given arguments (built by the caller, local files only) and parses its JSON. */
  async probeJson<T>(args: string[], timeoutMs: number): Promise<T> {
    const { stdout } = await this.exec('ffprobe', args, timeoutMs);
    return JSON.parse(stdout) as T;
  }

  /** Runs ffmpeg, killed after timeoutMs; with `-progress pipe:1` in args, calls onProgress with the seconds encoded so far. */
  async run(args: string[], timeoutMs: number, onProgress?: (seconds: number) => void): Promise<void> {
    await this.exec('ffmpeg', args, timeoutMs, (chunk) => {
      if (!onProgress) return;
      for (const line of chunk.split('\n')) {
        if (line.startsWith('out_time_us=')) {
          const micros = Number(line.slice('out_time_us='.length));
          if (Number.isFinite(micros) && micros >= 0) onProgress(micros / 1e6);
        }
      }
    });
  }

  private exec(tool: string, args: string[], timeoutMs: number, onStdout?: (chunk: string) => void): Promise<{ stdout: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let timedOut = false;
      // SIGKILL: a hostile input may keep ffmpeg too busy to act on a polite signal.
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        if (onStdout) onStdout(chunk);
        else stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr = (stderr + chunk).slice(-8192);
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (timedOut) reject(new MediaToolTimeout(tool, timeoutMs));
        else if (code === 0) resolve({ stdout });
        else reject(new MediaToolError(tool, code, stderr));
      });
    });
  }
}
