import { levelForAge, maturityCeiling, maturityFromCertifications } from './maturity.js';

describe('maturityFromCertifications', () => {
  it('maps US film ratings onto our levels, rounding up', () => {
    expect(maturityFromCertifications([{ country: 'US', certification: 'G' }])).toBe('all');
    expect(maturityFromCertifications([{ country: 'US', certification: 'PG' }])).toBe('7+');
    expect(maturityFromCertifications([{ country: 'US', certification: 'PG-13' }])).toBe('13+');
    expect(maturityFromCertifications([{ country: 'US', certification: 'R' }])).toBe('18+');
  });

  it('maps TV ratings, with TV-14 rounded up to 16+', () => {
    expect(maturityFromCertifications([{ country: 'US', certification: 'TV-Y7' }])).toBe('7+');
    expect(maturityFromCertifications([{ country: 'US', certification: 'TV-14' }])).toBe('16+');
  });

  it('lets the strictest certification win across countries', () => {
    expect(maturityFromCertifications([{ country: 'GB', certification: '12A' }, { country: 'DE', certification: '16' }])).toBe('16+');
  });

  it('reads plain ages from countries it has no table for', () => {
    expect(maturityFromCertifications([{ country: 'NL', certification: '6' }])).toBe('7+');
    expect(maturityFromCertifications([{ country: 'BR', certification: '14' }])).toBe('16+');
  });

  it('treats an unrated title as 18+', () => {
    expect(maturityFromCertifications([])).toBe('18+');
    expect(maturityFromCertifications([{ country: 'US', certification: 'Unrated' }])).toBe('18+');
  });
});

describe('levelForAge', () => {
  it('keeps exact level ages on their level', () => {
    expect([0, 7, 13, 16, 18].map(levelForAge)).toEqual(['all', '7+', '13+', '16+', '18+']);
  });
});

describe('maturityCeiling', () => {
  it('lets anonymous and unrestricted adults see everything', () => {
    expect(maturityCeiling(undefined)).toBe(4);
    expect(maturityCeiling({ kidProfile: false })).toBe(4);
  });

  it('holds a profile to its maturity limit', () => {
    expect(maturityCeiling({ kidProfile: true, maturityLimit: '7+' })).toBe(1);
    expect(maturityCeiling({ kidProfile: false, maturityLimit: '16+' })).toBe(3);
  });

  it('gives a kid profile without a limit all-ages titles only', () => {
    expect(maturityCeiling({ kidProfile: true })).toBe(0);
  });
});
