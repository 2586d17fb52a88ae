import { Injectable } from '@nestjs/common';
import {
  DomainError, ErrorCodes, type CreateTitleRequest, type DeleteTitleRequest, type DeletedResponse, type GetTitleRequest,
  type TitleDetails, type TitlePage, type TitleType, type UpdateTitleRequest, type CastInput, type CrewInput,
  type PlaybackCheckRequest, type PlaybackCheckResponse,
} from '@onstream/common';
import { maturityRank } from './maturity.js';
import type { CastEntry, CrewEntry } from '@onstream/common/schemas/title.schema.js';
import { Types } from 'mongoose';
import { GenresService } from '../genres/genres.service.js';
import { PeopleRepository } from '../people/people.repository.js';
import { SimilarTitles } from '../recommendations/similar-titles.js';
import { TitleBrowseIndex } from '../browse/title-browse-index.js';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { RatingsRepository } from '../ratings/ratings.repository.js';
import { CatalogEventsPublisher } from './catalog-events.publisher.js';
import { changedTitleFields, newTitleFields } from './title-fields.js';
import { TitleMapper, type StoredTitle } from './title.mapper.js';
import { TitlesRepository } from './titles.repository.js';
import { isStaff, requireStaff } from './staff-access.js';
import { hasParentalRules, passesDenials, type ScopedTitle, type ViewerScope } from '../viewers/viewer-scope.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';

/** The type a parent must have, per child type; other types stand alone. */
const PARENT_TYPE: Partial<Record<TitleType, TitleType>> = { season: 'series', episode: 'season' };
const SIMILAR_COUNT = 12;

@Injectable()
export class TitlesService {
  constructor(
    private readonly titles: TitlesRepository,
    private readonly people: PeopleRepository,
    private readonly genres: GenresService,
    private readonly changes: TitleChangeFeed,
    private readonly similar: SimilarTitles,
    private readonly browse: TitleBrowseIndex,
    private readonly mapper: TitleMapper,
    private readonly viewers: ViewerScopes,
    private readonly events: CatalogEventsPublisher,
    private readonly ratings: RatingsRepository,
  ) {}

  /** A title page. Titles the caller may not see (maturity, a parent's rules) answer 404, as if they did not exist. */
  async get(request: GetTitleRequest): Promise<TitlePage> {
    const scope = await this.viewers.scopeOf(request);
    const title = await this.titles.findById(request.id);
    if (!title || (title.hidden === true && !isStaff(request.actor)) || !(await this.isVisible(title, scope))) throw titleNotFound();
    const similar = this.similar.forTitle(title, scope, SIMILAR_COUNT);
    const children = this.browse.childrenOf(request.id, scope.maxMaturityRank);
    const communityRating = await this.ratings.communityOf(request.id);
    return {
      ...this.mapper.details(title),
      similar: similar.map((item) => this.mapper.summary(item)),
      children: children.filter((child) => passesDenials(scoped(child), scope)).map((child) => this.mapper.child(child)),
      whereToWatch: this.mapper.whereToWatch(title, request.country),
      communityRating,
    };
  }

  /**
   * Playback of a video by a kid profile or paired device (media asks before granting it): the
   * video's own rating against the viewer's limit, then every catalog title streaming that video
   * through the same rules as its title page. In allow-list mode a video no title links to is
   * not on the list.
   */
  async checkPlayback({ actor, videoId, maturityLevel }: PlaybackCheckRequest): Promise<PlaybackCheckResponse> {
    const scope = await this.viewers.scopeOf({ actor });
    if (maturityRank(maturityLevel) > scope.maxMaturityRank) return { allowed: false, reason: 'maturity' };
    const linked = await this.titles.findByMediaVideoId(videoId);
    if (linked.some((title) => title.maturityRank > scope.maxMaturityRank)) return { allowed: false, reason: 'maturity' };
    if (scope.onlyIds !== undefined && linked.length === 0) return { allowed: false, reason: 'parental' };
    for (const title of linked) if (!(await this.isVisible(title, scope))) return { allowed: false, reason: 'parental' };
    return { allowed: true, reason: null };
  }

  /**
   * Seasons and episodes follow their series: a denied (or denied-tag) series hides its episodes,
   * and in allow-list mode allowing a series allows its episodes.
   */
  private async isVisible(title: StoredTitle, scope: ViewerScope): Promise<boolean> {
    if (!passesDenials(scoped(title), scope)) return false;
    if (!hasParentalRules(scope)) return true;
    const lineage = [title, ...(await this.titles.ancestorsOf(title))];
    if (!lineage.every((member) => passesDenials(scoped(member), scope))) return false;
    return scope.onlyIds === undefined || lineage.some((member) => scope.onlyIds?.includes(member._id.toHexString()));
  }

  async create(request: CreateTitleRequest): Promise<TitleDetails> {
    requireStaff(request.actor);
    const input = request.title;
    const parentId = await this.checkedParent(input.type, input.parentId);
    // Cast before crew: a director who also acts would otherwise be upserted twice at once, and
    // FerretDB lets two concurrent upserts of one person both insert (two ids for one person).
    const cast = await this.resolveCast(input.cast ?? []);
    const crew = await this.resolveCrew(input.crew ?? []);
    const created = await this.titles.create({ ...newTitleFields(input), cast, crew, parentId, tags: [] });
    await this.afterWrite([created]);
    if (created.type === 'episode') await this.announceEpisode(created);
    return this.mapper.details(created);
  }

  async update(request: UpdateTitleRequest): Promise<TitleDetails> {
    requireStaff(request.actor);
    const { changes } = request;
    const fields: Partial<StoredTitle> = changedTitleFields(changes);
    // Only a change of place or of linked video depends on the title as it is (most edits write at once).
    if (changes.type !== undefined || changes.parentId !== undefined || changes.mediaVideoId !== undefined) {
      const existing = await this.titles.findById(request.id);
      if (!existing) throw titleNotFound();
      if (changes.type !== undefined || changes.parentId !== undefined) {
        fields.parentId = await this.checkedParent(changes.type ?? existing.type, changes.parentId ?? existing.parentId?.toHexString(), request.id);
      }
      // A title linked to another video streams nothing until that video's asset is ready.
      if (changes.mediaVideoId !== undefined && changes.mediaVideoId !== existing.mediaVideoId) fields.stream = null;
    }
    if (changes.cast !== undefined) fields.cast = await this.resolveCast(changes.cast);
    if (changes.crew !== undefined) fields.crew = await this.resolveCrew(changes.crew);
    const updated = await this.titles.update(request.id, fields);
    if (!updated) throw titleNotFound();
    // Genre counts move only with a title's genres or type: a tagline edit needs no recount of the catalogue.
    await this.afterWrite([updated], { genresChanged: changes.genres !== undefined || changes.type !== undefined });
    return this.mapper.details(updated);
  }

  /** Deletes a title with its seasons and episodes. */
  async delete(request: DeleteTitleRequest): Promise<DeletedResponse> {
    requireStaff(request.actor);
    const existing = await this.titles.findById(request.id);
    if (!existing) throw titleNotFound();
    const removed = await this.titles.deleteTree(request.id);
    await this.afterChange(removed);
    return { id: request.id, deletedCount: removed.length };
  }

  /** Tells watchers of the series (users' notifications) through `catalog.episode.created`. */
  /** Publishes `catalog.episode.created` for a new episode (staff-created or imported). */
  async announceEpisode(episode: StoredTitle): Promise<void> {
    const season = episode.parentId ? await this.titles.findById(episode.parentId.toHexString()) : null;
    const series = season?.parentId ? await this.titles.findById(season.parentId.toHexString()) : null;
    if (season && series) await this.events.episodeCreated(episode, season, series);
  }

  private async afterChange(ids: string[]): Promise<void> {
    await this.changes.titlesChanged(ids);
    this.genres.recountInBackground();
  }

  /** After a create or an update: the indexes take the titles as written, without reading them back. */
  private async afterWrite(titles: StoredTitle[], options = { genresChanged: true }): Promise<void> {
    await this.changes.titlesWritten(titles);
    if (options.genresChanged) this.genres.recountInBackground();
  }

  private async checkedParent(type: TitleType, parentId: string | undefined, selfId?: string): Promise<Types.ObjectId | null> {
    const parentType = PARENT_TYPE[type];
    if (!parentType) {
      if (parentId) throw new DomainError(ErrorCodes.CatalogInvalidHierarchy, 422, `A ${type} cannot have a parent.`);
      return null;
    }
    if (!parentId) throw new DomainError(ErrorCodes.CatalogInvalidHierarchy, 422, `A ${type} needs a parentId (its ${parentType}).`);
    if (parentId === selfId) throw new DomainError(ErrorCodes.CatalogInvalidHierarchy, 422, 'A title cannot be its own parent.');
    const parent = await this.titles.findById(parentId);
    if (!parent) throw new DomainError(ErrorCodes.CatalogParentNotFound, 422, `The parent ${parentType} was not found.`);
    if (parent.type !== parentType) throw new DomainError(ErrorCodes.CatalogInvalidHierarchy, 422, `The parent of a ${type} must be a ${parentType}, not a ${parent.type}.`);
    return parent._id;
  }

  private resolveCast(cast: CastInput[]): Promise<CastEntry[]> {
    return Promise.all(
      cast.map(async (member, index) => ({
        personId: await this.people.resolve(member),
        name: member.name,
        character: member.character ?? '',
        order: member.order ?? index,
        profilePath: member.profilePath ?? null,
      })),
    );
  }

  private resolveCrew(crew: CrewInput[]): Promise<CrewEntry[]> {
    return Promise.all(crew.map(async (member) => ({ personId: await this.people.resolve(member), name: member.name, job: member.job, department: member.department })));
  }
}

const scoped = (title: Pick<StoredTitle, '_id' | 'maturityRank' | 'tags'>): ScopedTitle => ({ id: title._id.toHexString(), maturityRank: title.maturityRank, tags: title.tags });

export function titleNotFound(): DomainError {
  return new DomainError(ErrorCodes.CatalogTitleNotFound, 404, 'The title was not found.');
}
