const DUPLICATE_KEY = 11000;

/**
 * Runs an upsert once more when it lost an insert race on a unique index (E11000): the second run
 * finds the row the winner inserted and updates it, so concurrent idempotent writes all succeed.
 */
export async function upsertWithRetry<T>(upsert: () => Promise<T>): Promise<T> {
  try {
    return await upsert();
  } catch (error) {
    if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    return upsert();
  }
}
