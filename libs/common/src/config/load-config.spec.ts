import { BaseConfig, ServiceConfig } from './base.config.js';
import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('applies defaults when variables are absent', () => {
    const config = loadConfig(ServiceConfig, {});
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.MONGO_URL).toBe('mongodb://127.0.0.1:27017');
    expect(config.NATS_REQUEST_TIMEOUT_MS).toBe(5000);
  });

  it('converts numeric variables from strings', () => {
    expect(loadConfig(BaseConfig, { NATS_REQUEST_TIMEOUT_MS: '1500' }).NATS_REQUEST_TIMEOUT_MS).toBe(1500);
  });

  it('splits a comma-separated NATS cluster into servers', () => {
    expect(loadConfig(BaseConfig, { NATS_URL: 'nats://a:4222,nats://b:4222' }).natsServers).toEqual(['nats://a:4222', 'nats://b:4222']);
  });

  it('names the malformed variable in one line', () => {
    expect(() => loadConfig(ServiceConfig, { MONGO_URL: 'postgres://x' })).toThrow(/^Invalid configuration: MONGO_URL \(must be a mongodb:\/\/ URL\)$/);
  });

  it('never echoes the rejected value, which may be a secret', () => {
    try {
      loadConfig(ServiceConfig, { MONGO_URL: 'mongodb-with-password-hunter2' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain('hunter2');
      expect((error as Error).message.split('\n')).toHaveLength(1);
    }
  });

  it('rejects a timeout outside its bounds', () => {
    expect(() => loadConfig(BaseConfig, { NATS_REQUEST_TIMEOUT_MS: '5' })).toThrow(/NATS_REQUEST_TIMEOUT_MS/);
  });
});
