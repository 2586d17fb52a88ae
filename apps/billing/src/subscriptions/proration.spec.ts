import { prorate, roundHalfUp } from './proration.js';

const periodStart = new Date('2027-01-01T00:00:00Z');
const periodEnd = new Date('2027-02-01T00:00:00Z'); // 31 days

describe('prorate', () => {
  it('credits the unused old price and charges the remaining new price, to the cent', () => {
    // 21 of 31 days left: 999 × 21/31 = 676.74 → 677; 1999 × 21/31 = 1354.16 → 1354
    const result = prorate({ oldPrice: 999, newPrice: 1999, periodStart, periodEnd, at: new Date('2027-01-11T00:00:00Z') });
    expect(result).toEqual({ credit: 677, charge: 1354, net: 677, remainingSeconds: 21 * 86400, periodSeconds: 31 * 86400 });
  });

  it('gives a negative net (credit) on a downgrade', () => {
    const result = prorate({ oldPrice: 1999, newPrice: 999, periodStart, periodEnd, at: new Date('2027-01-11T00:00:00Z') });
    expect(result.net).toBe(677 - 1354);
  });

  it('charges the whole new price and credits the whole old one at the very start', () => {
    expect(prorate({ oldPrice: 999, newPrice: 1999, periodStart, periodEnd, at: periodStart })).toMatchObject({ credit: 999, charge: 1999, net: 1000 });
  });

  it('charges nothing at or after the period end', () => {
    expect(prorate({ oldPrice: 999, newPrice: 1999, periodStart, periodEnd, at: new Date('2027-03-01T00:00:00Z') })).toMatchObject({ credit: 0, charge: 0, net: 0 });
  });

  it('rounds exact halves up', () => {
    expect(roundHalfUp(5, 2)).toBe(3);
    expect(roundHalfUp(3, 2)).toBe(2);
    expect(roundHalfUp(1, 3)).toBe(0);
  });

  it('stays exact for yearly prices of large amounts (no float drift)', () => {
    const yearEnd = new Date('2028-01-01T00:00:00Z');
    const result = prorate({ oldPrice: 0, newPrice: 99_999_999, periodStart, periodEnd: yearEnd, at: new Date('2027-07-02T12:00:00Z') });
    // 182.5 of 365 days remain: 99,999,999 × 182.5/365 = 49,999,999.5 → 50,000,000 (half up, exact)
    expect(result.charge).toBe(50_000_000);
  });
});
