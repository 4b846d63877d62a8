import { describe, expect, it } from 'vitest';
import { escapeXml, renderSvg, shapePath } from './svgScene';

describe('renderSvg', () => {
  const svg = renderSvg(
    {
      bounds: { x1: 0, y1: 0, x2: 200, y2: 100 },
      boxes: [
        { x: 0, y: 0, width: 200, height: 100, label: '日の出地区', fill: '#fff', stroke: '#a86b00', fontSize: 18 },
      ],
      edges: [{ x1: 10, y1: 10, x2: 90, y2: 50, color: '#D4007A', width: 3, dashed: true, opacity: 1, label: '3' }],
      nodes: [
        {
          x: 10,
          y: 10,
          size: 22,
          shape: 'ellipse',
          fill: '#56B4E9',
          stroke: '#1d5f8a',
          strokeWidth: 1.5,
          label: '住民 1 & <2>',
        },
      ],
    },
    {
      title: '地図',
      lines: ['2026年12月2日時点の地図です'],
      legend: [
        { swatch: { shape: 'ellipse', fill: '#56B4E9', stroke: '#1d5f8a', strokeWidth: 1.5 }, label: '住民 1' },
        { swatch: { line: '#D55E00', width: 3 }, label: '家族 2' },
      ],
    },
    'Noto Sans JP',
  );

  it('frames the map with its title, its day and a legend of what it holds', () => {
    expect(svg).toContain('font-weight="bold" fill="#1f2328">地図</text>');
    expect(svg).toContain('>2026年12月2日時点の地図です</text>');
    expect(svg).toContain('>住民 1</text>');
    expect(svg).toContain('>家族 2</text>');
    expect(svg).toContain('stroke="#D55E00" stroke-width="3"');
    // the frame is never narrower than a readable legend, even round a small map
    expect(svg).toMatch(/width="520" height="[\d.]+"/);
  });

  it('writes a standalone SVG with the boxes, dashed edges and escaped labels', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>地図</title>');
    expect(svg).toContain('日の出地区');
    expect(svg).toContain('stroke-dasharray="8 5"');
    expect(svg).toContain('住民 1 &amp; &lt;2&gt;');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('draws every shape as a closed path', () => {
    for (const shape of ['ellipse', 'rectangle', 'round-rectangle', 'hexagon', 'diamond'])
      expect(shapePath(shape, 0, 0, 5)).toMatch(/Z$/);
    expect(escapeXml(`"a'`)).toBe('&quot;a&apos;');
  });

  it('draws a closed box as a box with its name and counts inside, over the ties ending on it', () => {
    const boxed = renderSvg(
      {
        bounds: { x1: 0, y1: 0, x2: 300, y2: 200 },
        boxes: [],
        edges: [{ x1: 0, y1: 0, x2: 150, y2: 100, color: '#474747', width: 4, dashed: false, opacity: 1, label: '12' }],
        closedBoxes: [
          {
            x: 50,
            y: 50,
            width: 200,
            height: 100,
            label: '南中学校区',
            lines: ['住民 5未満・孤立 0', '狭間 5未満・拠点 1'],
            fill: '#eef7f1',
            stroke: '#0b6e4f',
            fontSize: 20,
          },
        ],
        nodes: [],
      },
      { title: '地図', lines: [], legend: [] },
      'Noto Sans JP',
    );
    const texts = [...boxed.matchAll(/<text[^>]*y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => [Number(m[1]), m[2]]);
    // (the title sits above the map, at a negative y, which this pattern leaves out)
    expect(texts.map(([, text]) => text)).toEqual(['12', '南中学校区', '住民 5未満・孤立 0', '狭間 5未満・拠点 1']);
    const ys = texts.slice(1).map(([y]) => y as number);
    expect(ys[0]).toBeGreaterThan(50);
    expect(ys[2]).toBeLessThan(150);
    expect(boxed.indexOf('<line')).toBeLessThan(boxed.indexOf('南中学校区'));
  });
});
