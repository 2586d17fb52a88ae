import { startApp } from './app-process.js';
import type { Platform } from './platform.js';
import type { ManagedProcess } from './processes.js';

/** Starts a new billing process in place of the platform's one (see startApp): how the fault e2e and the chaos run restart it. */
export function startBilling(platform: Platform, settings: Record<string, string>): ManagedProcess {
  return startApp(platform, 'billing', settings);
}
