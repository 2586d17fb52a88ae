import { Injectable } from '@nestjs/common';
import {
  DomainError, ErrorCodes, type ContentTagListResponse, type ContentTagResponse, type CreateTagRequest, type DeleteTagRequest, type TagDeletedResponse,
  type TitleTagRequest, type TitleTagsResponse, type UpdateTagRequest,
} from '@onstream/common';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { requireStaff } from '../titles/staff-access.js';
import { titleNotFound } from '../titles/titles.service.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { ContentTagsRepository, type StoredTag } from './content-tags.repository.js';

/** Above this many retagged titles, replicas rebuild their search index instead of re-reading ids. */
const REFRESH_BY_IDS_LIMIT = 500;

const toResponse = (tag: StoredTag, titleCount: number): ContentTagResponse => ({
  slug: tag.slug,
  name: tag.name,
  description: tag.description,
  titleCount,
  updatedAt: tag.updatedAt.toISOString(),
});

/** Content tags (violence, language, scary scenes…): staff keep the list and tag titles; parents deny tags. */
@Injectable()
export class ContentTagsService {
  constructor(
    private readonly tags: ContentTagsRepository,
    private readonly titles: TitlesRepository,
    private readonly changes: TitleChangeFeed,
  ) {}

  async list(): Promise<ContentTagListResponse> {
    const [tags, counts] = await Promise.all([this.tags.list(), this.titles.countByTag()]);
    return { items: tags.map((tag) => toResponse(tag, counts.get(tag.slug) ?? 0)) };
  }

  async create(request: CreateTagRequest): Promise<ContentTagResponse> {
    requireStaff(request.actor);
    const { slug, name, description } = request.tag;
    const created = await this.tags.create({ slug, name, description: description ?? '' });
    if (!created) throw new DomainError(ErrorCodes.CatalogTagExists, 409, `A tag with the slug "${slug}" exists.`);
    return toResponse(created, 0);
  }

  async update(request: UpdateTagRequest): Promise<ContentTagResponse> {
    requireStaff(request.actor);
    const updated = await this.tags.update(request.slug, request.changes);
    if (!updated) throw tagNotFound(request.slug);
    return toResponse(updated, (await this.titles.countByTag()).get(updated.slug) ?? 0);
  }

  /** Deletes the tag and takes it off every title (the search index follows). */
  async delete(request: DeleteTagRequest): Promise<TagDeletedResponse> {
    requireStaff(request.actor);
    if (!(await this.tags.delete(request.slug))) throw tagNotFound(request.slug);
    const untagged = await this.titles.removeTagEverywhere(request.slug);
    if (untagged.length > REFRESH_BY_IDS_LIMIT) await this.changes.rebuildAll();
    else if (untagged.length > 0) await this.changes.titlesChanged(untagged);
    return { slug: request.slug, untaggedTitles: untagged.length };
  }

  tag(request: TitleTagRequest): Promise<TitleTagsResponse> {
    return this.setTag(request, true);
  }

  untag(request: TitleTagRequest): Promise<TitleTagsResponse> {
    return this.setTag(request, false);
  }

  private async setTag(request: TitleTagRequest, present: boolean): Promise<TitleTagsResponse> {
    requireStaff(request.actor);
    if (!(await this.tags.findBySlug(request.slug))) throw tagNotFound(request.slug);
    const title = await this.titles.setTag(request.id, request.slug, present);
    if (!title) throw titleNotFound();
    await this.changes.titlesChanged([request.id]);
    return { id: request.id, tags: title.tags ?? [] };
  }
}

function tagNotFound(slug: string): DomainError {
  return new DomainError(ErrorCodes.CatalogTagNotFound, 404, `There is no content tag "${slug}".`);
}
