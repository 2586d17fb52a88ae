import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern } from '../service-names.js';
import type { RegisterAccountRequest, AccountResponse } from './account.dto.js';

export const UsersPatterns = {
  Health: healthPattern('users'),
  RegisterAccount: 'users.account.register',
} as const;

export type UsersContract = {
  [UsersPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [UsersPatterns.RegisterAccount]: { request: RegisterAccountRequest; response: AccountResponse };
};
