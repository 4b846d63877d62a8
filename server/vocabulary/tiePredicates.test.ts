import { describe, expect, it } from 'vitest';
import { testGraph } from '../../test/helpers/graph.js';
import { testPrefix } from '../../test/helpers/town.js';
import {
  endsBeforeItBegins,
  hasBegun,
  hasBegunCypher,
  hasEnded,
  hasEndedCypher,
  isActive,
  isActiveCypher,
  isFormal,
  isFormalCypher,
  tieCategory,
  tieIdentity,
} from './tiePredicates.js';
import { tieTypes } from './ties.js';

const asOf = '2026-11-25';
const dates = [null, '', '2026-11-24', asOf, '2026-11-26'];
const periods = dates.flatMap((since) => dates.map((until) => ({ since, until })));

describe('when a tie is active', () => {
  it('reads null and the empty string alike, as no date', () => {
    expect(isActive({ since: '', until: '' }, asOf)).toBe(true);
    expect(isActive({ since: null, until: null }, asOf)).toBe(true);
    expect(isActive({}, asOf)).toBe(true);
  });

  it('is active from its since and until the day before its until', () => {
    expect(isActive({ since: asOf }, asOf)).toBe(true);
    expect(isActive({ since: '2026-11-26' }, asOf)).toBe(false);
    expect(isActive({ until: '2026-11-26' }, asOf)).toBe(true);
    expect(isActive({ until: asOf }, asOf)).toBe(false);
    expect(hasEnded({ until: asOf }, asOf)).toBe(true);
    expect(hasBegun({ since: '2026-11-26' }, asOf)).toBe(false);
  });

  it('allows a tie that begins and ends on the same day, not one that ends before it begins', () => {
    expect(endsBeforeItBegins({ since: asOf, until: asOf })).toBe(false);
    expect(endsBeforeItBegins({ since: asOf, until: '2026-11-24' })).toBe(true);
    expect(endsBeforeItBegins({ since: '', until: '2026-11-24' })).toBe(false);
  });

  it('answers in Cypher as in JS, for every kind of since and until', async () => {
    const graph = await testGraph();
    const rows = await graph.read<{ begun: boolean; ended: boolean; active: boolean }>(
      `UNWIND $periods AS r
       RETURN ${hasBegunCypher('r')} AS begun, ${hasEndedCypher('r')} AS ended, ${isActiveCypher('r')} AS active`,
      { periods, asOf },
    );
    const expected = periods.map((tie) => ({
      begun: hasBegun(tie, asOf),
      ended: hasEnded(tie, asOf),
      active: isActive(tie, asOf),
    }));
    expect(rows).toEqual(expected);
  });
});

describe('the same tie', () => {
  it('is the same ends (in their direction unless the type is symmetric), type and since, no since being one value', () => {
    const tie = { from: 'a', to: 'b', type: 'NEIGHBOR' } as const;
    expect(tieIdentity({ ...tie, since: '' })).toBe(tieIdentity({ ...tie, since: null }));
    expect(tieIdentity({ ...tie, since: '2020-01-01', until: '2021-01-01' })).toBe(
      tieIdentity({ ...tie, since: '2020-01-01' }),
    );
    expect(tieIdentity({ ...tie, since: '2020-01-01' })).not.toBe(tieIdentity(tie));
    // 近所 either way round is one tie; 見守り is not
    expect(tieIdentity({ ...tie, from: 'b', to: 'a' })).toBe(tieIdentity(tie));
    const watch = { from: 'a', to: 'b', type: 'WATCHES_OVER' } as const;
    expect(tieIdentity({ ...watch, from: 'b', to: 'a' })).not.toBe(tieIdentity(watch));
    expect(tieIdentity({ ...tie, type: 'FRIEND' })).not.toBe(tieIdentity(tie));
  });
});

describe('when a tie is formal', () => {
  const prefix = testPrefix();

  it('is formal by its type, and a WATCHES_OVER by a 民生委員 is formal', () => {
    expect(tieCategory('WATCHES_OVER', ['RESIDENT'])).toBe('informal');
    expect(tieCategory('WATCHES_OVER', ['RESIDENT', 'MINSEI_IIN'])).toBe('formal');
    expect(isFormal('SUPPORTS')).toBe(true);
    expect(isFormal('FAMILY', ['MINSEI_IIN'])).toBe(false);
  });

  it('answers in Cypher as in JS, for every tie type and watcher', async () => {
    const graph = await testGraph();
    const cases = tieTypes.flatMap((type) => [[], ['MINSEI_IIN'], null].map((roles) => ({ type, roles })));
    // relationship types cannot be parameters: one statement per type, from the fixed list
    for (const type of tieTypes) {
      const rows = await graph.write<{ roles: string[] | null; formal: boolean }>(
        `UNWIND $cases AS c
         CREATE (a {id: $prefix + randomUUID(), roles: c.roles})-[r:${type}]->(b {id: $prefix + randomUUID()})
         RETURN c.roles AS roles, ${isFormalCypher('r')} AS formal`,
        { cases: cases.filter((c) => c.type === type), prefix },
      );
      expect(
        rows.map((row) => row.formal),
        type,
      ).toEqual(rows.map((row) => isFormal(type, row.roles ?? [])));
    }
  });
});
