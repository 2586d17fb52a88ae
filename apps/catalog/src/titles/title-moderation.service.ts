import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type SetTitleHiddenRequest, type TitleLookupRequest, type TitleRef, type TmdbLookupRequest } from '@onstream/common';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { maturityCeiling } from './maturity.js';
import type { StoredTitle } from './title.mapper.js';
import { TitlesRepository } from './titles.repository.js';
import { isStaff } from './staff-access.js';
import { titleNotFound } from './titles.service.js';

/** What other services need of a title (does it exist for this caller?) and the moderation flag. */
@Injectable()
export class TitleModerationService {
  constructor(
    private readonly titles: TitlesRepository,
    private readonly changes: TitleChangeFeed,
  ) {}

  async lookup({ id, actor }: TitleLookupRequest): Promise<TitleRef> {
    return visibleRef(await this.titles.findById(id), actor);
  }

  /** Clients written to TMDb's ids (seed 001) name titles by them. */
  async lookupTmdb({ tmdbId, type, actor }: TmdbLookupRequest): Promise<TitleRef> {
    return visibleRef(await this.titles.findByTmdbId(tmdbId, type), actor);
  }

  /** Hides (or shows) a title at once: lists and feeds filter on the flag, search drops it from the index. */
  async setHidden({ actor, id, hidden }: SetTitleHiddenRequest): Promise<TitleRef> {
    if (!isStaff(actor)) throw new DomainError(ErrorCodes.Forbidden, 403, 'Only staff moderate titles.');
    const title = await this.titles.setHidden(id, hidden);
    if (!title) throw titleNotFound();
    await this.changes.titlesWritten([title]);
    return toTitleRef(title);
  }
}

function toTitleRef(title: StoredTitle): TitleRef {
  return { id: title._id.toHexString(), type: title.type, hidden: title.hidden === true };
}

function visibleRef(title: StoredTitle | null, actor: TitleLookupRequest['actor']): TitleRef {
  if (!title || title.maturityRank > maturityCeiling(actor) || (title.hidden === true && !isStaff(actor))) throw titleNotFound();
  return toTitleRef(title);
}
