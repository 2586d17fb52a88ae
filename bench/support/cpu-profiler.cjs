// Preloaded into an app (NODE_OPTIONS="--require .../cpu-profiler.cjs") by bench/gateway-profile.ts:
// each SIGUSR2 writes the profile since the last one (or since start) and starts a new one, so a
// bench can cut out start-up and warm-up (and Nest re-raises SIGTERM after its hooks, which would
// skip --cpu-prof's own write at exit).
const { Session } = require('node:inspector');
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
process.on('SIGUSR2', () => {
  session.post('Profiler.stop', (error, result) => {
    if (error) throw error;
    const file = join(process.env.BENCH_PROFILE_DIR ?? '.', `${process.pid}.cpuprofile`);
    writeFileSync(`${file}.partial`, JSON.stringify(result.profile));
    renameSync(`${file}.partial`, file);
    session.post('Profiler.start');
  });
});
