import { Injectable } from '@nestjs/common';
import { BROWSABLE_TITLE_TYPES } from '@onstream/common';
import { TitlesRepository } from '../titles/titles.repository.js';
import { genreSlug } from '../titles/sort-title.js';
import { GenresRepository, type StoredGenre } from './genres.repository.js';

/** Keeps the genres collection (names, slugs, counts) in step with the titles. */
@Injectable()
export class GenresService {
  constructor(
    private readonly genres: GenresRepository,
    private readonly titles: TitlesRepository,
  ) {}

  async recount(): Promise<void> {
    const counts = await this.titles.countByGenre(BROWSABLE_TITLE_TYPES);
    await this.genres.replaceCounts([...counts].map(([name, titleCount]) => ({ slug: genreSlug(name), name, titleCount })));
  }

  list(): Promise<StoredGenre[]> {
    return this.genres.listNonEmpty();
  }

  findBySlug(slug: string): Promise<StoredGenre | null> {
    return this.genres.findBySlug(slug);
  }
}
