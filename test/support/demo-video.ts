import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, type Platform } from './platform.js';

/** Runs scripts/demo-video.mjs (what `npm run up` runs) against a platform: a 12 s test card rendered in `work`. */
export function runDemoVideoScript(platform: Platform, password: string, work: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/demo-video.mjs')], {
      env: { ...process.env, GATEWAY_URL: platform.baseUrl, DEMO_ACCOUNTS_PASSWORD: password, DEMO_VIDEO_SECONDS: '12', DEMO_VIDEO_FILE: join(work, 'test-card.mp4') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
