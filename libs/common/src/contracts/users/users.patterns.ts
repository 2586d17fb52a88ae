import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type { RegisterAccountRequest, AccountResponse } from './account.dto.js';

export const UsersPatterns = {
  Health: healthPattern('users'),
  Ping: pingPattern('users'),
  RegisterAccount: 'users.account.register',
} as const;

export type UsersContract = {
  [UsersPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [UsersPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
  [UsersPatterns.RegisterAccount]: { request: RegisterAccountRequest; response: AccountResponse };
};
