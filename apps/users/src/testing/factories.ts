import { jest } from '@jest/globals';
import { loadConfig, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { ProfileDocument } from '@onstream/common/schemas/profile.schema.js';
import type { SessionDocument } from '@onstream/common/schemas/session.schema.js';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import type { ViewingPolicies } from '../parental/viewing-policies.js';
import { UsersConfig } from '../users.config.js';

export const NOW = new Date('2026-03-01T12:00:00Z');

export function testConfig(overrides: Record<string, string> = {}): UsersConfig {
  return loadConfig(UsersConfig, { JWT_SECRET: 'unit-test-secret-unit-test-secret-0123', ...overrides });
}

export function userDoc(overrides: Partial<Record<keyof UserDocument, unknown>> = {}): UserDocument {
  return { id: '64b000000000000000000001', email: 'ada@example.com', passwordHash: 'hash', displayName: 'Ada', role: 'viewer', emailVerified: true, disabledAt: null, preferences: {}, createdAt: NOW, ...overrides } as unknown as UserDocument;
}

export function sessionDoc(overrides: Partial<Record<keyof SessionDocument, unknown>> = {}): SessionDocument {
  return {
    id: '64b0000000000000000000a1',
    userId: '64b000000000000000000001',
    kind: 'account',
    profileId: null,
    generation: 0,
    refreshHash: 'h0',
    deviceName: 'Web browser',
    deviceType: 'web',
    userAgent: 'Mozilla/5.0',
    ip: '203.0.113.7',
    lastSeenAt: NOW,
    expiresAt: new Date(NOW.getTime() + 3600_000),
    revokedAt: null,
    createdAt: NOW,
    ...overrides,
  } as unknown as SessionDocument;
}

export function profileDoc(overrides: Partial<Record<keyof ProfileDocument, unknown>> = {}): ProfileDocument {
  return { id: '64b0000000000000000000b1', userId: '64b000000000000000000001', name: 'Ada', avatar: null, language: 'en', kid: false, maturityLevel: '18+', pinHash: null, createdAt: NOW, ...overrides } as unknown as ProfileDocument;
}

export function actor(overrides: Partial<AuthUser> = {}): AuthUser {
  return { userId: '64b000000000000000000001', sessionId: '64b0000000000000000000a1', role: 'viewer', tokenType: 'access', kidProfile: false, ...overrides };
}

/** A viewing-policy read model that holds nothing and runs writes as they come; `stored` is what reads find. */
export function viewingPolicies(stored?: ViewingPolicyResponse) {
  return strictMock<ViewingPolicies>('policies', {
    read: jest.fn<ViewingPolicies['read']>().mockResolvedValue(stored),
    generation: jest.fn<ViewingPolicies['generation']>().mockResolvedValue('7'),
    fill: jest.fn<ViewingPolicies['fill']>().mockResolvedValue(undefined),
    writing: jest.fn(<T>(_ids: readonly string[], write: () => Promise<T>) => write()) as ViewingPolicies['writing'],
  });
}
