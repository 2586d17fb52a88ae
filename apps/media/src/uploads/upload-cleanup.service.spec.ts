import type { Clock } from '@onstream/common';
import { MediaConfig } from '../media.config.js';
import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { strictMock } from '../testing/strict-mock.js';
import type { JobQueue } from '../transcode/job-queue.js';
import { UploadCleanupService } from './upload-cleanup.service.js';

const NOW = new Date('2026-06-02T12:00:00Z');
const OLD = new Date('2026-06-01T11:00:00Z'); // 25 h ago
const FRESH = new Date('2026-06-02T11:00:00Z');
const config = Object.assign(new MediaConfig(), { S3_KEY_PREFIX: 'run/', UPLOAD_EXPIRY_SECONDS: 24 * 3600 });

function setup(multiparts: Array<{ key: string; uploadId: string; startedAt: Date }>, objects: Array<{ key: string; modifiedAt: Date }>) {
  const aborted: string[] = [];
  const deleted: string[] = [];
  const storage = strictMock<ObjectStorage>('ObjectStorage', {
    key: (path: string) => `run/${path}`,
    listMultipartUploads: async (prefix: string) => (prefix === 'run/uploads/' ? multiparts : []),
    listObjects: async (prefix: string) => (prefix === 'run/uploads/' ? objects : []),
    abortMultipartUpload: async (key: string, uploadId: string) => void aborted.push(`${key}#${uploadId}`),
    deleteKeys: async (keys: string[]) => void deleted.push(...keys),
  });
  const service = new UploadCleanupService(storage, strictMock<JobQueue>('JobQueue', {}), strictMock<Clock>('Clock', { now: () => NOW }), config);
  return { service, aborted, deleted };
}

describe('UploadCleanupService.sweep', () => {
  it('aborts an upload left unfinished past the expiry and removes its tus objects', async () => {
    const { service, aborted, deleted } = setup(
      [{ key: 'run/uploads/v1/a1', uploadId: 'mp1', startedAt: OLD }],
      [{ key: 'run/uploads/v1/a1.info', modifiedAt: OLD }, { key: 'run/uploads/v1/a1.part', modifiedAt: FRESH }],
    );
    await expect(service.sweep()).resolves.toEqual({ aborted: 1, objects: 2 });
    expect(aborted).toEqual(['run/uploads/v1/a1#mp1']);
    expect(deleted).toEqual(['run/uploads/v1/a1.info', 'run/uploads/v1/a1.part']);
  });

  it('keeps an upload still within its time, and a finished upload waiting for transcoding', async () => {
    const { service, aborted, deleted } = setup(
      [{ key: 'run/uploads/v1/a2', uploadId: 'mp2', startedAt: FRESH }],
      [
        { key: 'run/uploads/v1/a2.info', modifiedAt: OLD },
        { key: 'run/uploads/v2/done', modifiedAt: OLD },
        { key: 'run/uploads/v2/done.info', modifiedAt: OLD },
      ],
    );
    await expect(service.sweep()).resolves.toEqual({ aborted: 0, objects: 0 });
    expect(aborted).toEqual([]);
    expect(deleted).toEqual([]);
  });

  it('removes old tus objects whose multipart upload is gone and that never finished, but not fresh ones', async () => {
    const { service, deleted } = setup([], [
      { key: 'run/uploads/v3/gone.info', modifiedAt: OLD },
      { key: 'run/uploads/v3/gone.part', modifiedAt: OLD },
      { key: 'run/uploads/v3/new.info', modifiedAt: FRESH },
    ]);
    await expect(service.sweep()).resolves.toEqual({ aborted: 0, objects: 2 });
    expect(deleted).toEqual(['run/uploads/v3/gone.info', 'run/uploads/v3/gone.part']);
  });
});
