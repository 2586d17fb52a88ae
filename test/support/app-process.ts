import { join } from 'node:path';
import type { AppName, Platform } from './platform.js';
import { ROOT } from './platform.js';
import { ManagedProcess } from './processes.js';

/**
 * Starts a new process of `name` in place of the platform's one (which must have exited), with
 * these settings on top of the platform's environment: how fault e2e files restart a service.
 */
export function startApp(platform: Platform, name: AppName, settings: Record<string, string>): ManagedProcess {
  const previous = platform.app(name);
  if (previous.running) throw new Error(`${name} is still running`);
  const next = new ManagedProcess(name, process.execPath, [join(ROOT, `dist/apps/${name}/main.js`)], { ...platform.env, ...settings }, previous.logFile);
  platform.apps.set(name, next);
  next.start();
  return next;
}
