/** Rounds a non-negative fraction numerator/denominator half up to an integer (minor units). */
export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export interface ProrationInput {
  oldPrice: number;
  newPrice: number;
  periodStart: Date;
  periodEnd: Date;
  at: Date;
}

export interface ProrationResult {
  credit: number;
  charge: number;
  net: number;
  remainingSeconds: number;
  periodSeconds: number;
}

/**
 * Plan change mid-period, by the second: the unused part of the old price is credited, the
 * remaining part of the new price is charged, each rounded half up to the minor unit.
 * `net` < 0 (a downgrade) is kept as credit for the next renewal.
 */
export function prorate({ oldPrice, newPrice, periodStart, periodEnd, at }: ProrationInput): ProrationResult {
  const periodSeconds = Math.max(1, Math.floor((periodEnd.getTime() - periodStart.getTime()) / 1000));
  const remainingSeconds = Math.min(periodSeconds, Math.max(0, Math.floor((periodEnd.getTime() - at.getTime()) / 1000)));
  const credit = roundHalfUp(oldPrice * remainingSeconds, periodSeconds);
  const charge = roundHalfUp(newPrice * remainingSeconds, periodSeconds);
  return { credit, charge, net: charge - credit, remainingSeconds, periodSeconds };
}
