/** Ratings of the titles that have votes, for the catalog-wide mean. */
export interface RatedTitle {
  voteAverage: number;
  voteCount: number;
}

/** The mean of every vote in the catalog (each title's average weighted by its votes); 0 when nobody voted. */
export function catalogMeanRating(titles: Iterable<RatedTitle>): number {
  let [sum, votes] = [0, 0];
  for (const title of titles) {
    if (title.voteCount <= 0) continue;
    sum += title.voteAverage * title.voteCount;
    votes += title.voteCount;
  }
  return votes === 0 ? 0 : sum / votes;
}

/**
 * The Bayesian average IMDb and TMDb rank by: WR = (v·R + m·C) / (v + m), with R the title's
 * average over v votes, C the catalog mean and m the minimum votes. A title with few votes sits
 * near the catalog mean, so one enthusiastic vote cannot top the list. Null without votes.
 */
export function weightedRating(title: RatedTitle, minVotes: number, catalogMean: number): number | null {
  // Nobody voted: nothing to rank by, so the title goes below every rated one.
  if (title.voteCount <= 0) return null;
  return (title.voteCount * title.voteAverage + minVotes * catalogMean) / (title.voteCount + minVotes);
}
