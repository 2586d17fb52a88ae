import { roundHalfUp } from '../subscriptions/proration.js';

export interface TaxAssessment {
  country: string;
  /** Basis points: 1900 = 19 %. */
  rate: number;
  taxAmount: number;
  netAmount: number;
  total: number;
}

/** Tax by buyer country from the configured rate table; prices are net, tax is added on top. */
export class TaxTable {
  private readonly rates: Map<string, number>;

  constructor(table: string, private readonly defaultRate: number) {
    this.rates = new Map(
      table
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const [country, rate] = pair.split(':');
          return [country, Number(rate)] as const;
        }),
    );
  }

  rateFor(country: string): number {
    return this.rates.get(country.toUpperCase()) ?? this.defaultRate;
  }

  assess(netAmount: number, country: string): TaxAssessment {
    const rate = this.rateFor(country);
    const taxAmount = roundHalfUp(netAmount * rate, 10_000);
    return { country: country.toUpperCase(), rate, taxAmount, netAmount, total: netAmount + taxAmount };
  }
}
