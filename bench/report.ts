/** How figures are printed: one line each as they come, and a table at the end. */
import type { Figure } from './bench.types.js';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatFigure({ name, value, unit, bar }: Figure): string {
  const judged = bar ? ` (bar: ${bar.text}) ${bar.met ? 'ok' : 'MISSED'}` : '';
  return `${name}: ${number.format(value)} ${unit}${judged}`;
}

export function printTable(figures: readonly Figure[]): void {
  const rows = [
    ['figure', 'value', 'unit', 'bar', ''],
    ...figures.map((f) => {
      const verdict = f.bar ? (f.bar.met ? 'ok' : 'MISSED') : '';
      return [f.name, number.format(f.value), f.unit, f.bar?.text ?? '', verdict];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  // values right-aligned, the rest left-aligned
  const pad = (cell: string, column: number) =>
    column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]);
  const line = (row: string[]) => row.map(pad).join('  ');
  console.log(`\n${line(rows[0])}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
}
