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
    '地図',
    'Noto Sans JP',
  );

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
});
