// autocannon ships no types (and @types/autocannon is not installed): the subset the bench uses.
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
  }
  interface Stats {
    average: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Result {
    /** Seconds actually run. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    /** Milliseconds. */
    latency: Stats & { totalCount: number };
    /** Requests per second, sampled each second. */
    requests: Stats & { total: number };
  }
  export default function autocannon(options: Options): Promise<Result>;
}
