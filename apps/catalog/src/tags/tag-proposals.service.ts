import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import {
  Clock, DomainError, ErrorCodes, type ListReviewQueueRequest, type ReviewDecisionRequest, type TagProposalPage, type TagProposalResponse, type WikiTagImportRequest,
  type WikiTagImportResponse,
} from '@onstream/common';
import { reviewFields, statusOf } from '../review/review-queue.js';
import { requireStaff } from '../titles/staff-access.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { titleNotFound } from '../titles/titles.service.js';
import { ContentTagsRepository } from './content-tags.repository.js';
import { ContentTagsService } from './content-tags.service.js';
import { MediaWikiError, type MediaWikiClient } from './mediawiki.client.js';
import { TagProposalsRepository, type StoredTagProposal } from './tag-proposals.repository.js';

export const TAG_WIKI = Symbol('TAG_WIKI');

/** `Category:Scary scenes` → `scary-scenes`: the namespace goes, then the words become a tag slug. */
export function slugOfCategory(category: string): string {
  const name = category.includes(':') ? category.slice(category.indexOf(':') + 1) : category;
  return slugOf(name);
}

export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Content tags proposed from a wiki (seed 003's "scrape fandom", through the MediaWiki API): a page's
 * categories that match a content tag become proposals for the title; staff accept (the tag goes on)
 * or reject them.
 */
@Injectable()
export class TagProposalsService {
  private readonly logger = new Logger(TagProposalsService.name);

  constructor(
    private readonly proposals: TagProposalsRepository,
    private readonly tags: ContentTagsRepository,
    private readonly contentTags: ContentTagsService,
    private readonly titles: TitlesRepository,
    private readonly clock: Clock,
    @Optional() @Inject(TAG_WIKI) private readonly wiki: MediaWikiClient | null,
  ) {}

  async importFromWiki(request: WikiTagImportRequest): Promise<WikiTagImportResponse> {
    requireStaff(request.actor);
    const { titleId, page } = request.import;
    if (!this.wiki) throw new DomainError(ErrorCodes.CatalogTagWikiNotConfigured, 503, 'No wiki is configured for tag imports (set TAG_WIKI_API_URL).');
    const title = await this.titles.findById(titleId);
    if (!title) throw titleNotFound();
    const found = await this.categoriesOf(this.wiki, page);
    if (!found) throw new DomainError(ErrorCodes.CatalogWikiPageNotFound, 404, `The wiki has no page "${page}".`);
    const slugByName = new Map<string, string>();
    for (const tag of await this.tags.list()) {
      slugByName.set(tag.slug, tag.slug);
      slugByName.set(slugOf(tag.name), tag.slug);
    }
    const proposed: StoredTagProposal[] = [];
    const unmatchedCategories: string[] = [];
    for (const category of found.categories) {
      const slug = slugByName.get(slugOfCategory(category));
      if (!slug) unmatchedCategories.push(category);
      else if (!(title.tags ?? []).includes(slug) && !proposed.some((proposal) => proposal.slug === slug)) {
        proposed.push(await this.proposals.propose({ titleId, slug, wikiPage: found.page, category }));
      }
    }
    return { titleId, page: found.page, proposals: proposed.map(toResponse), unmatchedCategories };
  }

  async list(request: ListReviewQueueRequest): Promise<TagProposalPage> {
    requireStaff(request.actor);
    const page = await this.proposals.queue.page(request.query.status, request.query.cursor, request.query.limit);
    return { items: page.items.map(toResponse), nextCursor: page.nextCursor };
  }

  /** Accepting tags the title first (ContentTagsService checks the tag still exists), then closes the proposal. */
  async review(request: ReviewDecisionRequest): Promise<TagProposalResponse> {
    requireStaff(request.actor);
    const proposal = await this.proposals.queue.findById(request.id);
    if (!proposal) throw new DomainError(ErrorCodes.CatalogTagProposalNotFound, 404, 'There is no such tag proposal.');
    if (request.decision === 'accept') await this.contentTags.tag({ actor: request.actor, id: proposal.titleId, slug: proposal.slug });
    const reviewed = await this.proposals.queue.decide(request.id, statusOf(request.decision), request.actor.userId, this.clock.now());
    if (!reviewed) throw new DomainError(ErrorCodes.CatalogTagProposalNotFound, 404, 'There is no such tag proposal.');
    return toResponse(reviewed);
  }

  /** The wiki's failure becomes 502 without its address or message (those stay in the log). */
  private async categoriesOf(wiki: MediaWikiClient, page: string): Promise<Awaited<ReturnType<MediaWikiClient['categories']>>> {
    try {
      return await wiki.categories(page);
    } catch (error) {
      if (!(error instanceof MediaWikiError)) throw error;
      this.logger.warn({ msg: 'tag wiki failed', page, err: error.message });
      throw new DomainError(ErrorCodes.CatalogTagWikiFailed, 502, 'The wiki did not answer usefully; try again later.');
    }
  }
}

function toResponse(proposal: StoredTagProposal): TagProposalResponse {
  return {
    ...reviewFields(proposal),
    titleId: proposal.titleId,
    slug: proposal.slug,
    wikiPage: proposal.wikiPage,
    category: proposal.category,
    createdAt: proposal.createdAt.toISOString(),
  };
}
