import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES, DomainError, ErrorCodes, type ApprovedContentPage, type ApprovedContentRequest } from '@onstream/common';
import { TitleMapper } from '../titles/title.mapper.js';
import { TitleBrowseIndex } from '../browse/title-browse-index.js';
import { scopeOfPolicy } from '../viewers/viewer-scope.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { DeepLinksService } from '../deep-links/deep-links.service.js';

/**
 * The Axolotly launcher API: a paired device lists what its profile's parent approved — within the
 * maturity limit, nothing denied (title or tag), and in allow-list mode only allowed titles.
 */
@Injectable()
export class LauncherService {
  constructor(
    private readonly titles: TitleBrowseIndex,
    private readonly viewers: ViewerScopes,
    private readonly mapper: TitleMapper,
    private readonly deepLinks: DeepLinksService,
  ) {}

  async approvedContent(request: ApprovedContentRequest): Promise<ApprovedContentPage> {
    const { actor } = request;
    if (actor.tokenType !== 'device' || !actor.profileId) {
      throw new DomainError(ErrorCodes.CatalogDeviceTokenRequired, 403, 'Only a paired device may read its approved content (pair it with a code first).');
    }
    const policy = await this.viewers.policyOf(actor, request.policy);
    const filter = { types: BROWSABLE_TITLE_TYPES, ...scopeOfPolicy(actor, policy) };
    const { items, total } = this.titles.page(filter, { sort: 'popularity', order: 'desc' }, (request.page - 1) * request.limit, request.limit);
    const summaries = items.map((title) => this.mapper.summary(title));
    return {
      items: summaries,
      meta: { page: request.page, limit: request.limit, total, totalPages: Math.ceil(total / request.limit) },
      profileId: actor.profileId,
      policyVersion: policy.version,
      deepLinks: await this.deepLinks.bestFor(summaries.map((title) => title.id)),
    };
  }
}
