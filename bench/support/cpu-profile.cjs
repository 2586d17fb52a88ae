// Preloaded with NODE_OPTIONS=--require (Node 20 refuses --cpu-prof there): profiles the process
// from start to exit and writes a .cpuprofile into CPU_PROFILE_DIR (open it in Chrome DevTools).
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
let written = false;
function write() {
  if (written) return;
  written = true;
  // The in-thread session answers synchronously, so this runs to the end inside an exit or signal handler.
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(join(process.env.CPU_PROFILE_DIR ?? '.', `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
}
process.on('exit', write);
// Nest's shutdown hook re-sends SIGTERM after closing: write at the first one, then step aside.
process.once('SIGTERM', write);
