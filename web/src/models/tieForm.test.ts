import { describe, expect, it } from 'vitest';
import { isSymmetric, tieEnds, tieTypesBetween, tieWays } from './tieForm';

describe('the add-tie form', () => {
  it('offers only the types that fit the two ends', () => {
    expect(tieTypesBetween('Person', 'Person')).toEqual(['FAMILY', 'NEIGHBOR', 'FRIEND', 'WATCHES_OVER', 'SUPPORTS']);
    expect(tieTypesBetween('Person', 'Hub')).toEqual(['PARTICIPATES_IN', 'RUNS']);
    // from a hub, the same types, recorded from the person
    expect(tieTypesBetween('Hub', 'Person')).toEqual(['PARTICIPATES_IN', 'RUNS']);
    expect(tieTypesBetween('Organization', 'Household')).toEqual(['SUPPORTS']);
    expect(tieTypesBetween('Household', 'Council')).toEqual([]);
  });

  it('asks no direction for a symmetric tie or one that fits one way only, and asks who watches whom', () => {
    expect(tieWays('NEIGHBOR', 'Person', 'Person')).toEqual(['fromHere']);
    expect(tieWays('FRIEND', 'Person', 'Person')).toEqual(['fromHere']);
    expect(tieWays('WATCHES_OVER', 'Person', 'Person')).toEqual(['fromHere', 'toHere']);
    expect(tieWays('PARTICIPATES_IN', 'Hub', 'Person')).toEqual(['toHere']);
    expect(tieEnds('hub', 'p', 'toHere')).toEqual(['p', 'hub']);
    expect([isSymmetric('FRIEND'), isSymmetric('WATCHES_OVER'), isSymmetric('TIE')]).toEqual([true, false, false]);
  });
});
