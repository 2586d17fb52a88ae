import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrapListener, writeHostileCorpus, type HostileFile } from '../../../../test/support/hostile-media.js';
import { makeClip } from '../../../../test/support/media-clips.js';
import { MediaConfig } from '../media.config.js';
import { FfmpegRepository, MediaToolTimeout } from './ffmpeg.repository.js';
import { SourceProbe } from './source-probe.js';

// Real ffprobe and ffmpeg against the generated hostile corpus: each file is refused with its reason, and
// the listener every network reference points at never sees a connection.
const work = mkdtempSync(join(tmpdir(), 'source-probe-'));
const trap = new TrapListener();
const config = new MediaConfig();
const ffmpeg = new FfmpegRepository();
const probe = new SourceProbe(config, ffmpeg);
let corpus: HostileFile[] = [];

beforeAll(async () => {
  corpus = writeHostileCorpus(work, await trap.start()).filter((file) => file.kind === 'video');
}, 120_000);
afterAll(async () => {
  await trap.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('SourceProbe on hostile input', () => {
  it('refuses every file of the corpus with its reason and connects nowhere', async () => {
    for (const file of corpus) {
      const answer = await probe.inspect(file.path);
      expect({ label: file.label, answer }).toEqual({ label: file.label, answer: { reason: expect.stringMatching(file.reason) } });
      expect((answer as { reason: string }).reason).not.toContain(work);
    }
    expect(corpus.length).toBeGreaterThanOrEqual(13);
    expect(trap.connections).toEqual([]);
  }, 120_000);

  it('reads a real clip with its container and exact frame rate', async () => {
    const clip = join(work, 'clip.mp4');
    makeClip(clip, { seconds: 1, width: 320, height: 180, fps: 30000 / 1001 });
    expect(await probe.inspect(clip)).toMatchObject({ container: 'mov', width: 320, height: 180, frameRate: '30000/1001', hasAudio: true });
  }, 60_000);
});

describe('FfmpegRepository deadline', () => {
  it('kills a run past its deadline and says so', async () => {
    // An endless generated input: only the deadline ends this run.
    await expect(ffmpeg.run(['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'testsrc2=size=320x180', '-f', 'null', '-'], 1500)).rejects.toThrow(MediaToolTimeout);
  }, 60_000);
});
