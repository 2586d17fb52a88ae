/** Kinds of title in the one catalog model. Seasons and episodes hang under a series by parentId. */
export const TitleTypes = ['movie', 'series', 'season', 'episode', 'creator_video'] as const;
export type TitleType = (typeof TitleTypes)[number];

/** Types that stand on their own in lists and search; seasons and episodes are reached through their series. */
export const BROWSABLE_TITLE_TYPES: readonly TitleType[] = ['movie', 'series', 'creator_video'];

export const TitleSorts = ['popularity', 'rating', 'title', 'releaseDate'] as const;
export type TitleSort = (typeof TitleSorts)[number];

export const SortOrders = ['asc', 'desc'] as const;
export type SortOrder = (typeof SortOrders)[number];

/** TMDb image sizes we expose; URLs are built from the stored file path. */
export const PosterSizes = ['w185', 'w342', 'w500', 'original'] as const;
export const BackdropSizes = ['w300', 'w780', 'w1280', 'original'] as const;
