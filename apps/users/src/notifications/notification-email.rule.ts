import { NotificationEmailPreferenceOf, type NotificationKind } from '@onstream/common';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import { effectivePreferences } from '../accounts/preferences.js';

/**
 * Whether a notification of this kind is also e-mailed to the account: only to a confirmed address
 * of an account that is not disabled, with notification e-mails on and this kind opted in.
 */
export function wantsEmail(account: Pick<UserDocument, 'emailVerified' | 'disabledAt' | 'preferences'>, kind: NotificationKind): boolean {
  if (!account.emailVerified || account.disabledAt) return false;
  const preferences = effectivePreferences(account.preferences);
  return preferences.emailNotifications && preferences.notificationEmails[NotificationEmailPreferenceOf[kind]];
}
