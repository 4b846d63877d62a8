import { describe, expect, it } from 'vitest';
import { type ExportFrame, layoutFrame, textWidth } from './exportFrame';

const item = (label: string) => ({ swatch: { line: '#000', width: 2 }, label });

describe('layoutFrame', () => {
  it('puts the title above the lines, and wraps the legend into rows inside the width', () => {
    const frame: ExportFrame = {
      title: 'さくら台市の地図',
      lines: ['2026年12月2日時点の地図です', '住民と世帯の名前を伏せています'],
      legend: Array.from({ length: 12 }, (_, i) => item(`つながりの種類 ${i}`)),
    };
    const placed = layoutFrame(frame, 600);
    expect(placed.width).toBe(600);
    expect(placed.texts.map((t) => t.text)).toEqual([frame.title, ...frame.lines]);
    expect(placed.texts[1].y).toBeGreaterThan(placed.texts[0].y);
    expect(placed.headerHeight).toBeGreaterThan(placed.texts[2].y);
    const rows = new Set(placed.items.map((p) => p.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const p of placed.items) expect(p.labelX + textWidth(p.item.label, 12)).toBeLessThanOrEqual(600);
    expect(placed.legendHeight).toBeGreaterThan(Math.max(...placed.items.map((p) => p.y)));
  });

  it('counts a CJK character as one em and others as about half', () => {
    expect(textWidth('住民', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(11.6);
  });

  it('leaves no room for a legend with nothing in it', () => {
    expect(layoutFrame({ title: 't', lines: [], legend: [] }, 100).legendHeight).toBe(0);
  });
});
