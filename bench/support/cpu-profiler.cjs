// Preloaded into an app (NODE_OPTIONS="--require .../cpu-profiler.cjs") by bench/gateway-profile.ts:
// starts V8's sampling profiler at once and writes the profile on SIGUSR2, so the profile covers
// the load and not the shutdown (Nest re-raises SIGTERM after its hooks, which skips --cpu-prof's write).
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
process.on('SIGUSR2', () => {
  session.post('Profiler.stop', (error, result) => {
    if (error) throw error;
    writeFileSync(join(process.env.BENCH_PROFILE_DIR ?? '.', `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    session.post('Profiler.start');
  });
});
