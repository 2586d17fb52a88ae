import { TaxTable } from './tax-table.js';

describe('TaxTable', () => {
  const table = new TaxTable('DE:1900,FR:2000,US:0', 0);

  it('adds the buyer country’s rate on top of the net price, rounded half up', () => {
    // 999 × 19 % = 189.81 → 190
    expect(table.assess(999, 'DE')).toEqual({ country: 'DE', rate: 1900, taxAmount: 190, netAmount: 999, total: 1189 });
  });

  it('charges no tax where the table says 0', () => {
    expect(table.assess(999, 'US')).toMatchObject({ rate: 0, taxAmount: 0, total: 999 });
  });

  it('falls back to the default rate for a country not in the table', () => {
    expect(new TaxTable('DE:1900', 500).assess(1000, 'JP')).toMatchObject({ rate: 500, taxAmount: 50, total: 1050 });
  });

  it('reads the country case-insensitively', () => {
    expect(table.rateFor('fr')).toBe(2000);
  });

  it('rounds a half cent up', () => {
    // 50 × 19 % = 9.5 → 10
    expect(table.assess(50, 'DE').taxAmount).toBe(10);
  });

  it('accepts an empty table', () => {
    expect(new TaxTable('', 0).assess(100, 'DE').taxAmount).toBe(0);
  });
});
