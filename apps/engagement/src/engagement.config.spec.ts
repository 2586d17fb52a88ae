import { ConfigError, loadConfig } from '@onstream/common';
import { EngagementConfig } from './engagement.config.js';

describe('EngagementConfig', () => {
  it('arms known fault points outside production only', () => {
    expect(loadConfig(EngagementConfig, { ENGAGEMENT_FAULTS: 'reaction.after-write,comment.after-write' }).faultPoints).toEqual(['reaction.after-write', 'comment.after-write']);
    expect(loadConfig(EngagementConfig, {}).faultPoints).toEqual([]);
    expect(() => loadConfig(EngagementConfig, { ENGAGEMENT_FAULTS: 'reaction.after-write', NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig(EngagementConfig, { ENGAGEMENT_FAULTS: 'everything' })).toThrow(ConfigError);
  });

  it('relays at least every 50 ms and at most every 10 minutes', () => {
    expect(loadConfig(EngagementConfig, { ENGAGEMENT_OUTBOX_INTERVAL_MS: '200' }).ENGAGEMENT_OUTBOX_INTERVAL_MS).toBe(200);
    expect(() => loadConfig(EngagementConfig, { ENGAGEMENT_OUTBOX_INTERVAL_MS: '0' })).toThrow(ConfigError);
  });
});
