/** A figure of the 地域カルテ as a workbook cell: the one rule for every sheet of the report's workbook. */
import type { FigureDef } from '../../../shared/reportFigures.js';
import { maskedChangeLabel, maskedRateLabel } from '../../../shared/reportFigures.js';
import type { SheetValue } from '../../../workbooks/tableSheet.js';

const formats: Record<FigureDef['format'], string> = { count: '#,##0', percent: '0.0%', ratio: '0.0' };

export type Figure = number | null | { value: number | null; masked: boolean; text?: string };

/** A figure as a cell: a number in its format, 「5未満」 or 非表示 when masked, empty when unknown. */
export function figureCell(value: Figure, format: FigureDef['format']): SheetValue {
  if (value !== null && typeof value === 'object') {
    if (value.masked) return value.text ?? maskedRateLabel.ja;
    return figureCell(value.value, format);
  }
  if (value === null || Number.isNaN(value)) return null;
  return { number: value, format: formats[format] };
}

/** A change written with its sign, ±0 for none; a change of a rate in points. */
const changeFormats: Record<FigureDef['format'], string> = {
  count: '+#,##0;-#,##0;±0',
  percent: '+0.0"ポイント";-0.0"ポイント";±0',
  ratio: '+0.0;-0.0;±0',
};

/** The plain number of a figure, 'masked', or undefined when unknown. */
function numberOf(value: Figure): number | 'masked' | undefined {
  if (value !== null && typeof value === 'object') return value.masked ? 'masked' : numberOf(value.value);
  return value === null || Number.isNaN(value) ? undefined : value;
}

/** The change of a figure since a year before: 差は非表示 when either year's is masked, empty when either is unknown. */
export function changeCell(now: Figure, before: Figure, format: FigureDef['format']): SheetValue {
  const [a, b] = [numberOf(now), numberOf(before)];
  if (a === 'masked' || b === 'masked') return maskedChangeLabel.ja;
  if (a === undefined || b === undefined) return null;
  const change = format === 'percent' ? (a - b) * 100 : a - b;
  return { number: change, format: changeFormats[format] };
}
