import { outsideRequest } from '../logging/request-context.js';

/** Where a periodic task's failures go (a Nest Logger fits). */
export interface PeriodicTaskLogger {
  warn(message: unknown): void;
  error(message: unknown): void;
}

export interface PeriodicFailure {
  /** The log message of a failed run. */
  msg: string;
  /** 'warn' when the next run simply tries again; 'error' (the default) otherwise. */
  level?: 'warn' | 'error';
}

/**
 * Runs `task` every `intervalMs` (0: never, tests call the task themselves). A failed run is logged and
 * the next one runs on time; a run still going when the next is due is not doubled (that one is skipped).
 * The timer never keeps the process alive, and runs outside any request it was started from. Returns
 * the function that stops it.
 */
export function runPeriodically(intervalMs: number, task: () => Promise<unknown>, logger: PeriodicTaskLogger, failure: PeriodicFailure): () => void {
  if (intervalMs === 0) return () => undefined;
  let running = false;
  const timer = outsideRequest(() =>
    setInterval(() => {
      if (running) return;
      running = true;
      task()
        .catch((error: unknown) => logger[failure.level ?? 'error']({ msg: failure.msg, err: error instanceof Error ? error.message : String(error) }))
        .finally(() => (running = false));
    }, intervalMs),
  );
  timer.unref();
  return () => clearInterval(timer);
}
