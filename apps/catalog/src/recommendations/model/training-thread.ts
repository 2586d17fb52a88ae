import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ItemModel } from './item-model.js';
import { trainForYouModel } from './item-model.trainer.js';

const TASK = 'train-for-you';

type Ratings = Array<{ userId: string; itemId: string; stars: number }>;

/** True inside the training thread: the catalog's entry trains and exits instead of starting the service. */
export function isTrainingThread(): boolean {
  return !isMainThread && (workerData as { task?: string } | null)?.task === TASK;
}

/** The training thread's work: the model goes back to the service as a message (typed arrays, no JSON). */
export function runTrainingThread(): void {
  parentPort?.postMessage(trainForYouModel((workerData as { ratings: Ratings }).ratings));
}

/**
 * Trains on a thread of its own, started from the catalog's entry script: training takes seconds
 * of CPU (7.8 s at 100,000 ratings, ADR 0018) and on the service's event loop it held every request
 * of the replica for that long (rating writes timed out under load).
 */
export function trainInThread(ratings: Ratings, entry = process.argv[1]): Promise<ItemModel<string>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { task: TASK, ratings } });
    worker.once('message', (model: ItemModel<string>) => {
      resolve(model);
      // The entry's imports may leave handles open in the thread: it is done, so end it.
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the training thread exited with code ${code} before answering`)));
  });
}
