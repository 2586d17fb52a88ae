import type { ImageSizeSet } from '../metadata/metadata-provider.js';

/** TMDb's sizes as of its documented /configuration; replaced by the live answer when a key is set. */
export const DEFAULT_IMAGE_SIZES: ImageSizeSet = {
  poster: ['w92', 'w154', 'w185', 'w342', 'w500', 'w780', 'original'],
  backdrop: ['w300', 'w780', 'w1280', 'original'],
  profile: ['w45', 'w185', 'h632', 'original'],
  still: ['w92', 'w185', 'w300', 'original'],
  logo: ['w45', 'w92', 'w154', 'w185', 'w300', 'w500', 'original'],
};

/** Widths we want per use: small, medium, large (the fourth URL is always `original`). */
const WANTED = { poster: [185, 342, 500], backdrop: [300, 780, 1280], still: [185, 300, 300], profile: [185], logo: [92] } as const;
export type ImageKind = keyof typeof WANTED;

const widthOf = (size: string) => (/^w(\d+)$/.exec(size) ? Number(size.slice(1)) : null);

/**
 * The image sizes the CDN serves, per kind. Each replica loads them from the provider's
 * /configuration at start and on every nightly refresh; until then TMDb's documented defaults.
 */
export class ImageSizes {
  private sizes: ImageSizeSet = DEFAULT_IMAGE_SIZES;

  replace(sizes: ImageSizeSet): void {
    // A kind the provider sent nothing usable for keeps its previous sizes.
    this.sizes = Object.fromEntries(Object.entries(this.sizes).map(([kind, previous]) => [kind, sizes[kind as ImageKind].some((size) => widthOf(size) !== null) ? sizes[kind as ImageKind] : previous])) as unknown as ImageSizeSet;
  }

  /** For each wanted width, the smallest served width at least as wide (else the widest), then `original`. */
  pick(kind: ImageKind): string[] {
    const widths = this.sizes[kind].map(widthOf).filter((width): width is number => width !== null).sort((a, b) => a - b);
    const chosen = WANTED[kind].map((wanted) => `w${widths.find((width) => width >= wanted) ?? widths[widths.length - 1] ?? wanted}`);
    return [...chosen, 'original'];
  }
}
