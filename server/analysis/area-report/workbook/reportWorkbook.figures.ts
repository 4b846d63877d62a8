/** A figure of the 地域カルテ as a workbook cell: the one rule for every sheet of the report's workbook. */
import type { FigureDef } from '../../../shared/reportFigures.js';
import { maskedRateLabel } from '../../../shared/reportFigures.js';
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
