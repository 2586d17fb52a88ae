import { ANALYTICS_STREAM, ConfigError, loadConfig } from '@onstream/common';
import { AnalyticsConfig } from './analytics.config.js';

describe('AnalyticsConfig', () => {
  const DAY = 24 * 3600_000;

  it('keeps session ledgers at least a day longer than the ANALYTICS stream keeps a batch', () => {
    const streamMaxAge = ANALYTICS_STREAM.maxAgeMs ?? 0;
    expect(loadConfig(AnalyticsConfig, {}).LEDGER_RETENTION_MS).toBeGreaterThan(streamMaxAge + DAY);
    expect(loadConfig(AnalyticsConfig, { LEDGER_RETENTION_MS: String(streamMaxAge + DAY) }).LEDGER_RETENTION_MS).toBe(streamMaxAge + DAY);
    expect(() => loadConfig(AnalyticsConfig, { LEDGER_RETENTION_MS: String(streamMaxAge) })).toThrow(ConfigError);
  });

  it('prunes at most daily, or never with 0', () => {
    expect(loadConfig(AnalyticsConfig, { LEDGER_PRUNE_INTERVAL_MS: '0' }).LEDGER_PRUNE_INTERVAL_MS).toBe(0);
    expect(() => loadConfig(AnalyticsConfig, { LEDGER_PRUNE_INTERVAL_MS: String(2 * DAY) })).toThrow(ConfigError);
  });
});
