import { describe, expect, it } from 'vitest';
import {
  boxLabel,
  closeBox,
  closedMap,
  detailVariables,
  labelClosedBoxes,
  openBox,
  openParam,
  parseOpenParam,
  showIds,
  withFocus,
} from './detail';
import { isEdge, isNode, parentIndex, toElements } from './network';
import { parseRoute, routePath } from './route';
import { boxedTown, smallTown } from './testing/town';

describe('open and closed boxes', () => {
  it('opens a box once and asks the server with every box listed', () => {
    const one = openBox(closedMap, 'n');
    expect(openBox(one, 'n')).toBe(one);
    expect(detailVariables(openBox(one, 'n1'))).toEqual({ open: ['n', 'n1'], show: [], focus: null });
  });

  it('asks with an empty list (level of detail) when nothing is open, never without one', () => {
    expect(detailVariables(closedMap).open).toEqual([]);
  });

  it('closing a box closes the boxes listed inside it too (listing them would open it again)', () => {
    const parents = parentIndex(toElements(smallTown()));
    const detail = { ...closedMap, open: ['n', 'n1', 's1'] };
    expect(closeBox(detail, 'n', parents).open).toEqual(['s1']);
    expect(closeBox(detail, 'n1', parents).open).toEqual(['n', 's1']);
    expect(closeBox(detail, 'x', parents)).toBe(detail);
  });

  it('closing a box lets go of what was shown inside it, and keeps what was shown elsewhere', () => {
    const parents = parentIndex(toElements(smallTown()));
    const detail = { open: ['n'], show: ['p1', 'p4', 'o2'] };
    expect(closeBox(detail, 'n', parents)).toEqual({ open: [], show: ['p4', 'o2'] });
    expect(closeBox({ open: [], show: ['p1'] }, 'n1', parents).show).toEqual([]);
  });

  it('adds shown ids (search hits, a finding) without repeating them, and sets the focus', () => {
    const shown = showIds(showIds(closedMap, ['p1']), ['p1', 'p2']);
    expect(shown.show).toEqual(['p1', 'p2']);
    expect(showIds(shown, ['p2'])).toBe(shown);
    expect(detailVariables(withFocus(shown, 'p1'))).toEqual({ open: [], show: ['p1', 'p2'], focus: 'p1' });
    expect(withFocus(withFocus(shown, 'p1'), undefined).focus).toBeUndefined();
  });
});

describe('open boxes in the URL', () => {
  it('round-trips through the map route, ids with commas and spaces included', () => {
    const route = { name: 'map' as const, areaId: 'm', nodeId: 'p1', open: ['n', 'a,b', '日の出 1'] };
    const path = routePath(route);
    expect(path).toBe('/map/m?node=p1&open=n,a%2Cb,%E6%97%A5%E3%81%AE%E5%87%BA%201');
    const [pathname, search] = path.split('?');
    expect(parseRoute(pathname, `?${search}`)).toEqual(route);
  });

  it('writes nothing for no open box and ignores empty or repeated parts', () => {
    expect(routePath({ name: 'map', areaId: 'm', open: [] })).toBe('/map/m');
    expect(openParam([])).toBeUndefined();
    expect(parseOpenParam('n,,n, s1')).toEqual(['n', 's1']);
    expect(parseOpenParam('%E0%A4%A')).toEqual([]);
    expect(parseRoute('/map/m', '')).toEqual({ name: 'map', areaId: 'm', nodeId: undefined });
  });
});

describe('closed boxes on the map', () => {
  const elements = labelClosedBoxes(toElements(boxedTown()), 'ja');
  const node = (id: string) => elements.filter(isNode).find((e) => e.data.id === id)!;

  it('labels a closed box with its counts, masked ones as the server wrote them', () => {
    expect(node('n1').data.label).toBe('日の出地区\n住民 1,234・孤立 12\n狭間 5未満・拠点 1');
    expect(node('s').data.label).toBe('南中学校区\n住民 5未満・孤立 0\n狭間 5未満・拠点 0');
    expect(node('n1').classes).toContain('closed');
    expect(node('n1').data.boxWidth).toBeGreaterThan(200);
    expect(node('n1').data.boxHeight).toBeGreaterThan(80);
  });

  it('sizes a closed box alike for a viewer who sees a small count and one who sees it masked', () => {
    const town = boxedTown();
    const withCounts = (text: (value: number) => { value: number | null; masked: boolean; text: string }) => ({
      ...town,
      nodes: town.nodes.map((n) =>
        n.id === 's' && n.summary ? { ...n, summary: { ...n.summary, people: text(3), unmetNeeds: text(2) } } : n,
      ),
    });
    const seen = labelClosedBoxes(
      toElements(withCounts((value) => ({ value, masked: false, text: String(value) }))),
      'ja',
    );
    const masked = labelClosedBoxes(toElements(withCounts(() => ({ value: null, masked: true, text: '5未満' }))), 'ja');
    const size = (elements: typeof seen) => {
      const box = elements.filter(isNode).find((e) => e.data.id === 's')!;
      return [box.data.boxWidth, box.data.boxHeight, box.data.label.includes('住民 3')];
    };
    expect(size(seen)).toEqual([size(masked)[0], size(masked)[1], true]);
  });

  it('leaves open boxes and partly shown ones (holding a search hit) with their name as the title', () => {
    expect(node('n').data.label).toBe('北中学校区');
    expect(node('n').classes).not.toContain('closed');
    // 柏木 holds p3: its name stays a title above what it shows
    expect(node('n2').data.label).toBe('柏木地区');
    expect(node('n2').classes).toContain('closed');
    expect(node('n2').data.boxWidth).toBeUndefined();
  });

  it("writes the counts in English too, a masked one still in the server's words", () => {
    const summary = node('s').data.summary;
    expect(boxLabel('South', summary, 'en')).toBe('South\npeople 5未満 · isolated 0\nunmet 5未満 · hubs 0');
  });

  it('draws bundles with their count and their main category, single ties as ties', () => {
    const edges = new Map(elements.filter(isEdge).map((e) => [e.data.id, e]));
    const bundle = edges.get('bundle:n1|p3')!;
    expect(bundle.data).toMatchObject({ count: 5, label: '5', category: 'informal' });
    expect(bundle.classes).toEqual(expect.arrayContaining(['bundle', 'cat-informal']));
    expect(edges.get('e6')!.classes).not.toContain('bundle');
    expect(edges.get('e6')!.data.count).toBe(1);
  });
});
