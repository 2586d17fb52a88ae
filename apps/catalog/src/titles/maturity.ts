import { MaturityLevels, type MaturityLevel } from '@onstream/common';

/** Known certifications per country → the lowest age each allows without a guardian. */
const MINIMUM_AGES: Record<string, Record<string, number>> = {
  US: { G: 0, 'TV-Y': 0, 'TV-G': 0, 'TV-Y7': 7, PG: 7, 'TV-PG': 7, 'PG-13': 13, 'TV-14': 14, R: 17, 'NC-17': 18, 'TV-MA': 18, NR: 18 },
  GB: { U: 0, PG: 7, '12': 12, '12A': 12, '15': 15, '18': 18, R18: 18 },
  DE: { '0': 0, '6': 6, '12': 12, '16': 16, '18': 18 },
  FR: { U: 0, '10': 10, '12': 12, '16': 16, '18': 18 },
};

/** Ages at which each maturity level starts, in MaturityLevels order. */
const LEVEL_AGES = [0, 7, 13, 16, 18];

/** Smallest level that covers the age: rounding up keeps kid profiles on the safe side (R, 17 → 18+). */
export function levelForAge(age: number): MaturityLevel {
  const index = LEVEL_AGES.findIndex((start, i) => age <= start || i === LEVEL_AGES.length - 1);
  return MaturityLevels[index] ?? '18+';
}

/** Minimum age of one certification, or null when we do not know it. Plain ages ("12", "16+") count anywhere. */
export function certificationAge(country: string, certification: string): number | null {
  const known = MINIMUM_AGES[country]?.[certification.toUpperCase()];
  if (known !== undefined) return known;
  const age = /^(\d{1,2})\+?$/.exec(certification.trim());
  return age ? Number(age[1]) : null;
}

/**
 * The maturity level of a title from its certifications: the strictest one we understand wins.
 * Without any we understand the title is unrated and treated as 18+, so restricted profiles never
 * see it until staff rate it.
 */
export function maturityFromCertifications(certifications: Array<{ country: string; certification: string }>): MaturityLevel {
  const ages = certifications.map((c) => certificationAge(c.country, c.certification)).filter((age): age is number => age !== null);
  return ages.length === 0 ? '18+' : levelForAge(Math.max(...ages));
}

export function maturityRank(level: MaturityLevel): number {
  return MaturityLevels.indexOf(level);
}

/** The highest maturity rank a caller may see: their limit, else everything. Kid profiles without a limit get "all". */
export function maturityCeiling(viewer: { kidProfile: boolean; maturityLimit?: MaturityLevel } | undefined): number {
  if (!viewer) return MaturityLevels.length - 1;
  if (viewer.maturityLimit) return maturityRank(viewer.maturityLimit);
  return viewer.kidProfile ? 0 : MaturityLevels.length - 1;
}
