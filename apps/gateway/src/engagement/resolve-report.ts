import { EngagementPatterns, type AuthUser, type ContentReportResponse, type EngagementClient, type Resolution } from '@onstream/common';
import type { CatalogResponseCache } from '../catalog/catalog-cache.js';

/** Resolves a report in engagement (v1 and seed 003's admin route); a hidden or removed title leaves cached lists and search results at once. */
export async function resolveReport(
  engagement: EngagementClient,
  catalogCache: CatalogResponseCache,
  actor: AuthUser,
  reportId: string,
  resolution: Resolution,
): Promise<ContentReportResponse> {
  const resolved = await engagement.send(EngagementPatterns.ResolveReport, { actor, reportId, resolution });
  if (resolved.targetType === 'title' && resolution.action !== 'dismiss') await catalogCache.clear();
  return resolved;
}
