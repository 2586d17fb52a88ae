// Preloaded into an app by a bench (NODE_OPTIONS="--require .../cpu-profiler.cjs"; Node 20 refuses
// --cpu-prof there): V8's sampling profiler from start-up, written once to
// BENCH_PROFILE_DIR/<pid>.cpuprofile at the first SIGUSR2 or SIGTERM, or at exit (open it in Chrome
// DevTools). Nest's shutdown hooks re-raise the signal after closing, hence once only.
const { Session } = require('node:inspector');
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
let written = false;
function write() {
  if (written) return;
  written = true;
  // The in-thread session answers synchronously, so this runs to the end inside an exit or signal handler.
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const file = join(process.env.BENCH_PROFILE_DIR ?? '.', `${process.pid}.cpuprofile`);
    // Written aside and renamed, so a bench waiting for the file never reads half of it.
    writeFileSync(`${file}.partial`, JSON.stringify(result.profile));
    renameSync(`${file}.partial`, file);
  });
}
process.on('exit', write);
process.once('SIGUSR2', write);
process.once('SIGTERM', write);
