/** Title sort key: lower case, accents folded, leading English article dropped ("The Godfather" → "godfather"). */
export function sortTitleOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .trim();
}

/** URL slug of a genre name ("Science Fiction" → "science-fiction"). */
export function genreSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
