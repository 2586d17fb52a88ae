const DUPLICATE_KEY = 11000;

/** A unique index refused the write: the caller lost a race or repeated itself. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number }).code === DUPLICATE_KEY;
}
