import { parse } from 'csv-parse';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mapGenres, parseMovieLensTitle, toVoteAverage, type SeedTitle } from './movielens-title.js';

const KEYWORDS_PER_TITLE = 20;

async function* rows(path: string): AsyncGenerator<Record<string, string>> {
  yield* createReadStream(path).pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true })) as AsyncIterable<Record<string, string>>;
}

/** The MovieLens "ml-latest-small" folder: movies, links (TMDb/IMDb ids), ratings and tags, read with csv-parse. */
export class MovieLensDataset {
  constructor(readonly directory: string) {}

  get present(): boolean {
    return ['movies.csv', 'links.csv', 'ratings.csv', 'tags.csv'].every((file) => existsSync(join(this.directory, file)));
  }

  /** Every film with its ids, rating statistics and most-applied tags, in file order. */
  async readTitles(limit = 0): Promise<SeedTitle[]> {
    const [links, ratings, tags] = await Promise.all([this.readLinks(), this.readRatings(), this.readTags()]);
    const titles: SeedTitle[] = [];
    for await (const row of rows(join(this.directory, 'movies.csv'))) {
      if (limit > 0 && titles.length >= limit) break;
      const movieLensId = Number(row.movieId);
      const link = links.get(movieLensId);
      const rating = ratings.get(movieLensId) ?? { sum: 0, count: 0 };
      const parsed = parseMovieLensTitle(row.title ?? '');
      titles.push({
        movieLensId,
        ...link,
        ...parsed,
        genres: mapGenres(row.genres ?? ''),
        voteAverage: toVoteAverage(rating.sum, rating.count),
        voteCount: rating.count,
        keywords: [...(tags.get(movieLensId) ?? new Map<string, number>())]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, KEYWORDS_PER_TITLE)
          .map(([tag]) => tag),
      });
    }
    return titles;
  }

  private async readLinks(): Promise<Map<number, { tmdbId?: number; imdbId?: string }>> {
    const links = new Map<number, { tmdbId?: number; imdbId?: string }>();
    for await (const row of rows(join(this.directory, 'links.csv'))) {
      links.set(Number(row.movieId), {
        ...(row.tmdbId && { tmdbId: Number(row.tmdbId) }),
        ...(row.imdbId && { imdbId: `tt${row.imdbId.padStart(7, '0')}` }),
      });
    }
    return links;
  }

  private async readRatings(): Promise<Map<number, { sum: number; count: number }>> {
    const ratings = new Map<number, { sum: number; count: number }>();
    for await (const row of rows(join(this.directory, 'ratings.csv'))) {
      const entry = ratings.get(Number(row.movieId)) ?? { sum: 0, count: 0 };
      entry.sum += Number(row.rating);
      entry.count += 1;
      ratings.set(Number(row.movieId), entry);
    }
    return ratings;
  }

  private async readTags(): Promise<Map<number, Map<string, number>>> {
    const tags = new Map<number, Map<string, number>>();
    for await (const row of rows(join(this.directory, 'tags.csv'))) {
      const tag = (row.tag ?? '').toLowerCase().trim();
      if (!tag || tag.length > 80) continue;
      const counts = tags.get(Number(row.movieId)) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      tags.set(Number(row.movieId), counts);
    }
    return tags;
  }
}
