/** The time, injectable so feeds that depend on "now" can be tested at a fixed date. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');
export const systemClock: Clock = { now: () => new Date() };
