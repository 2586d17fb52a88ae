/** Ids per `$in` read: small enough for the store to answer quickly, large enough to save round trips. */
export const READ_CHUNK_SIZE = 200;
/** Chunked reads in flight at once for one caller. */
export const READ_CHUNKS_IN_FLIGHT = 16;

/**
 * Splits `items` into chunks of `size` and runs `work` on them, at most `inFlight` at a time;
 * the results come back in chunk order. On a failure the lanes still running finish their chunk
 * (no further chunk starts) before the first error is thrown.
 */
export async function mapInChunks<T, R>(items: readonly T[], work: (chunk: T[]) => Promise<R>, size = READ_CHUNK_SIZE, inFlight = READ_CHUNKS_IN_FLIGHT): Promise<R[]> {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  const results: R[] = new Array<R>(chunks.length);
  let next = 0;
  let stopped = false;
  const lane = async () => {
    while (next < chunks.length && !stopped) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(chunks[index]);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  // Every lane settles before a failure is thrown: no work of this call is left running after it.
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(inFlight, chunks.length) }, lane));
  const failed = lanes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return results;
}

/** Equality lookups of one batch in flight at once. */
export const EQUALITY_LOOKUPS_IN_FLIGHT = 16;

/**
 * A batch read as one equality query per value, at most EQUALITY_LOOKUPS_IN_FLIGHT at a time, the
 * results in the values' order: FerretDB 1.24 serves an equality filter from an index (ADR 0034) but
 * scans the whole collection for any `$in`; on MongoDB both use the index and this costs only round
 * trips. For bounded batches read per request or per round (a page of comments, a relay page).
 */
export function lookupEach<V, R>(values: readonly V[], lookup: (value: V) => Promise<R>): Promise<R[]> {
  return mapInChunks(values, ([value]) => lookup(value), 1, EQUALITY_LOOKUPS_IN_FLIGHT);
}
