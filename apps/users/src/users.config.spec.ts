import { loadConfig } from '@onstream/common';
import { UsersConfig } from './users.config.js';

const base = { JWT_SECRET: 'x'.repeat(32) };

describe('UsersConfig demo accounts', () => {
  it('takes a demo accounts password outside production', () => {
    expect(loadConfig(UsersConfig, { ...base, NODE_ENV: 'development', DEMO_ACCOUNTS_PASSWORD: 'demo-password-1' }).DEMO_ACCOUNTS_PASSWORD).toBe('demo-password-1');
  });

  it('refuses a demo accounts password with NODE_ENV=production', () => {
    expect(() => loadConfig(UsersConfig, { ...base, NODE_ENV: 'production', DEMO_ACCOUNTS_PASSWORD: 'demo-password-1' })).toThrow(/DEMO_ACCOUNTS_PASSWORD/);
  });

  it('starts in production without demo accounts', () => {
    expect(loadConfig(UsersConfig, { ...base, NODE_ENV: 'production' }).DEMO_ACCOUNTS_PASSWORD).toBeUndefined();
  });
});
