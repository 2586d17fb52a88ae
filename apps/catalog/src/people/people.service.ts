import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type GetPersonRequest, type PersonCredit, type PersonPage, BROWSABLE_TITLE_TYPES } from '@onstream/common';
import { TitleMapper } from '../titles/title.mapper.js';
import { TitlesRepository } from '../titles/titles.repository.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import { PeopleRepository } from './people.repository.js';

/** Credits read per person page; a filmography longer than this shows its newest part. */
const MAX_CREDITS = 500;

/** A person with their filmography, narrowed to what the caller may see (maturity, a parent's rules: ADR 0002, 0007). */
@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly titles: TitlesRepository,
    private readonly mapper: TitleMapper,
    private readonly viewers: ViewerScopes,
  ) {}

  async get(request: GetPersonRequest): Promise<PersonPage> {
    const person = await this.people.findById(request.id);
    if (!person) throw new DomainError(ErrorCodes.CatalogPersonNotFound, 404, 'The person was not found.');
    const credited = await this.titles.creditsOf(request.id, { types: BROWSABLE_TITLE_TYPES, ...(await this.viewers.scopeOf(request)) }, MAX_CREDITS);
    const newestFirst = [...credited].sort((a, b) => (b.releaseYear ?? 0) - (a.releaseYear ?? 0) || a.sortTitle.localeCompare(b.sortTitle));
    const cast: PersonCredit[] = [];
    const crew: PersonCredit[] = [];
    for (const title of newestFirst) {
      for (const role of title.cast.filter((member) => member.personId.equals(person._id))) cast.push({ ...this.mapper.summary(title), character: role.character });
      for (const job of title.crew.filter((member) => member.personId.equals(person._id))) crew.push({ ...this.mapper.summary(title), job: job.job, department: job.department });
    }
    return { id: request.id, name: person.name, profileUrl: this.mapper.profileUrl(person.profilePath), tmdbId: person.tmdbId, cast, crew };
  }
}
