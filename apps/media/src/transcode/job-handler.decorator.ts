import { SetMetadata } from '@nestjs/common';
import type { JobName } from './jobs.js';

export const JOB_HANDLER = 'onstream:media:job-handler';

/** Marks a provider method as the handler of one job name; discovered by JobWorker at start. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);
