/** One MovieLens film parsed into catalog terms (before it becomes a document). */
export interface SeedTitle {
  movieLensId: number;
  tmdbId?: number;
  imdbId?: string;
  title: string;
  originalTitle: string | null;
  aliases: string[];
  releaseYear: number | null;
  genres: string[];
  voteAverage: number;
  voteCount: number;
  keywords: string[];
}

/** MovieLens genre names → the TMDb names the rest of the catalog uses; IMAX is a format, not a genre. */
const GENRE_NAMES: Record<string, string | null> = {
  'Sci-Fi': 'Science Fiction',
  Children: 'Family',
  Musical: 'Music',
  'Film-Noir': 'Film Noir',
  IMAX: null,
  '(no genres listed)': null,
};

/** Articles MovieLens moves to the end ("Godfather, The"). */
const TRAILING_ARTICLE = /^(.*), (The|A|An|Les|La|Le|L'|Il|Das|Der|Die|El|Los|Las|Det|Den)$/;

export function frontArticle(name: string): string {
  const match = TRAILING_ARTICLE.exec(name.trim());
  if (!match) return name.trim();
  const [, rest, article] = match;
  return article?.endsWith("'") ? `${article}${rest}` : `${article} ${rest}`;
}

/**
 * "City of Lost Children, The (Cité des enfants perdus, La) (1995)" → title "The City of Lost
 * Children", original title "La Cité des enfants perdus", year 1995. "(a.k.a. X)" becomes an alias.
 */
export function parseMovieLensTitle(raw: string): { title: string; originalTitle: string | null; aliases: string[]; releaseYear: number | null } {
  let rest = raw.trim();
  let releaseYear: number | null = null;
  const year = /\s*\((\d{4})(?:[–-]\d{0,4})?\)$/.exec(rest);
  if (year) {
    releaseYear = Number(year[1]);
    rest = rest.slice(0, year.index).trim();
  }
  let originalTitle: string | null = null;
  const aliases: string[] = [];
  for (let alternative = /\s+\(([^()]+)\)$/.exec(rest); alternative; alternative = /\s+\(([^()]+)\)$/.exec(rest)) {
    const name = alternative[1] ?? '';
    if (/^a\.k\.a\. /i.test(name)) aliases.unshift(frontArticle(name.slice(7)));
    else originalTitle ??= frontArticle(name);
    rest = rest.slice(0, alternative.index).trim();
  }
  const title = frontArticle(rest) || raw.trim();
  return { title, originalTitle, aliases, releaseYear };
}

export function mapGenres(raw: string): string[] {
  return [...new Set(raw.split('|').map((genre) => (genre in GENRE_NAMES ? GENRE_NAMES[genre] : genre)).filter((genre): genre is string => Boolean(genre)))];
}

/** MovieLens stars (0.5–5) on TMDb's 0–10 scale, one decimal. */
export function toVoteAverage(sum: number, count: number): number {
  return count === 0 ? 0 : Math.round((sum / count) * 2 * 10) / 10;
}
