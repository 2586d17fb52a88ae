/** Wall time and counts per step of one group of batches, for the debug line that shows where its time goes. */
export class StepTimings {
  private readonly totals: Record<string, number> = {};

  async time<T>(step: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(`${step}Ms`, performance.now() - start);
    }
  }

  add(name: string, amount = 1): void {
    this.totals[name] = (this.totals[name] ?? 0) + amount;
  }

  summary(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.totals).map(([name, value]) => [name, Math.round(value)]));
  }
}
