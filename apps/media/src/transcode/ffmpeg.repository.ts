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
}

export interface ProbeResult {
  streams: ProbeStream[];
  format?: { format_name?: string; duration?: string };
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

/** Runs ffprobe and ffmpeg. Arguments are built elsewhere (LadderPlanner); this only executes them. */
@Injectable()
export class FfmpegRepository {
  async probe(input: string): Promise<ProbeResult> {
    const { stdout } = await this.exec('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', input]);
    return JSON.parse(stdout) as ProbeResult;
  }

  /** Runs ffmpeg; with `-progress pipe:1` in args, calls onProgress with the seconds encoded so far. */
  async run(args: string[], onProgress?: (seconds: number) => void): Promise<void> {
    await this.exec('ffmpeg', args, (chunk) => {
      if (!onProgress) return;
      for (const line of chunk.split('\n')) {
        if (line.startsWith('out_time_us=')) {
          const micros = Number(line.slice('out_time_us='.length));
          if (Number.isFinite(micros) && micros >= 0) onProgress(micros / 1e6);
        }
      }
    });
  }

  private exec(tool: string, args: string[], onStdout?: (chunk: string) => void): Promise<{ stdout: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        if (onStdout) onStdout(chunk);
        else stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr = (stderr + chunk).slice(-8192);
      });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve({ stdout }) : reject(new MediaToolError(tool, code, stderr))));
    });
  }
}
