import { describe, expect, it } from 'vitest';
import { applyFocus, neighbourhood } from './focus';
import { toElements } from './network';
import { smallTown } from './testing/town';

const elements = toElements(smallTown());

describe('focus mode', () => {
  it('finds the neighbourhood over visible edges', () => {
    expect([...neighbourhood(elements, 'p3')].sort()).toEqual(['h1', 'p1', 'p3', 'p4']);
    expect([...neighbourhood(elements, 'p3', 2)]).toContain('o1');
  });

  it('dims everything but the neighbourhood and the boxes around it', () => {
    const out = applyFocus(elements, 'p3');
    const dimmed = new Set(out.filter((e) => e.classes.includes('dimmed')).map((e) => e.data.id));
    expect(out.find((e) => e.data.id === 'p3')!.classes).toContain('focus');
    for (const id of ['p1', 'p4', 'h1', 'n1', 'n2', 'n', 's1', 'm', 'e5', 'e9']) expect(dimmed.has(id)).toBe(false);
    for (const id of ['p2', 'o1', 'o2', 'c1', 'hh', 'e3', 'e4']) expect(dimmed.has(id)).toBe(true);
  });

  it('changes nothing without a focus', () => {
    expect(applyFocus(elements, undefined)).toEqual(elements);
  });
});
