import { type AccountResponse, type AdminUserResponse, type MeResponse } from '@onstream/common';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import { effectivePreferences } from './preferences.js';

export function toAccountResponse(user: UserDocument): AccountResponse {
  return {
    id: user.id as string,
    email: user.email,
    displayName: user.displayName,
    username: user.username ?? null,
    role: user.role,
    emailVerified: user.emailVerified,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toMeResponse(user: UserDocument): MeResponse {
  return { ...toAccountResponse(user), preferences: effectivePreferences(user.preferences) };
}

export function toAdminUserResponse(user: UserDocument): AdminUserResponse {
  return { ...toAccountResponse(user), disabled: user.disabledAt != null };
}
