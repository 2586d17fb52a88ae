import type { TitleChanges, TitleDetails } from '@onstream/common';
import type { CatalogResponseCache } from './catalog-cache.js';

/**
 * Fields that decide which other titles' pages show a title: their similar rows are drawn from the
 * titles that share genres, ranked by popularity, keywords, cast and crew, and filtered by maturity
 * and type (catalog's SimilarTitles). An edit of one of them may add the title to any title page.
 */
const PLACEMENT_FIELDS = ['genres', 'keywords', 'cast', 'crew', 'popularity', 'maturityLevel', 'certifications', 'type'] as const satisfies ReadonlyArray<keyof TitleChanges>;

/**
 * The cached pages a staff edit makes stale (ADR 0035): the pages that show the title (its own,
 * its parent's, its children's, those listing it as similar) and every list, feed and search page;
 * an edit of a placement field may put the title on any title page, so it drops the whole cache.
 */
export async function dropAfterTitleEdit(cache: CatalogResponseCache, changes: TitleChanges, updated: TitleDetails): Promise<void> {
  if (PLACEMENT_FIELDS.some((field) => changes[field] !== undefined)) {
    await cache.clear();
    return;
  }
  await cache.dropTitles(updated.parentId ? [updated.id, updated.parentId] : [updated.id]);
}
