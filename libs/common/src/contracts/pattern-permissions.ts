import type { Permission } from '../auth/access.js';
import { AnalyticsPatternPermissions } from './analytics/analytics.patterns.js';
import { BillingPatternPermissions } from './billing/billing.patterns.js';
import { CatalogPatternPermissions } from './catalog/catalog.patterns.js';
import { EngagementPatternPermissions } from './engagement/engagement.patterns.js';
import { MediaPatternPermissions } from './media/media.patterns.js';
import { UsersPatternPermissions } from './users/users.patterns.js';

/** Every service's declared pattern permissions, read by the AccessGuard and the start-up check. */
export const PatternPermissionRegistry: Readonly<Record<string, Permission>> = {
  ...UsersPatternPermissions,
  ...CatalogPatternPermissions,
  ...MediaPatternPermissions,
  ...BillingPatternPermissions,
  ...EngagementPatternPermissions,
  ...AnalyticsPatternPermissions,
};

export function permissionOfPattern(pattern: string): Permission | undefined {
  return Object.hasOwn(PatternPermissionRegistry, pattern) ? PatternPermissionRegistry[pattern] : undefined;
}
