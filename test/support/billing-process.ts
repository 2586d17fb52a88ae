import { join } from 'node:path';
import type { Platform } from './platform.js';
import { ROOT } from './platform.js';
import { ManagedProcess } from './processes.js';

/**
 * Starts a new billing process in place of the platform's one (which must have exited), with these
 * settings on top of the platform's environment: how the fault e2e and the chaos run restart it.
 */
export function startBilling(platform: Platform, settings: Record<string, string>): ManagedProcess {
  const previous = platform.app('billing');
  if (previous.running) throw new Error('billing is still running');
  const next = new ManagedProcess('billing', process.execPath, [join(ROOT, 'dist/apps/billing/main.js')], { ...platform.env, ...settings }, previous.logFile);
  platform.apps.set('billing', next);
  next.start();
  return next;
}
