/** Places where the outbox e2e may stop a request, each named `step.moment`. */
export const FAULT_POINTS = [
  /** A reaction change is written with its events; the request waits until NATS goes away. */
  'reaction.after-write',
  /** A comment is written with its events; the request waits until NATS goes away. */
  'comment.after-write',
  /** The process dies right after a comment is written with its events, before the relay is woken. */
  'comment.killed-after-write',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];
