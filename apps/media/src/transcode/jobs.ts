/** Every job the media queue runs, with its data. A name without exactly one handler stops the app at start. */
export const MEDIA_QUEUE = 'media';

export const JobNames = {
  Transcode: 'transcode',
  CleanupVideo: 'cleanup-video',
  CleanupUploads: 'cleanup-uploads',
} as const;
export type JobName = (typeof JobNames)[keyof typeof JobNames];

export interface JobData {
  [JobNames.Transcode]: { videoId: string; assetId: string; sourceKey: string };
  [JobNames.CleanupVideo]: { videoId: string };
  [JobNames.CleanupUploads]: Record<string, never>;
}

/** Progress a job reports (BullMQ job.progress), also mirrored onto the video. */
export interface JobProgress {
  stage: string;
  percent: number;
}
