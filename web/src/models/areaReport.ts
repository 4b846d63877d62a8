/**
 * The 地域カルテ in figures ready to show: key figures with their change since a year before, the series of its
 * charts, and one row per area for comparing children or siblings side by side. Counts of people may come masked
 * (「5未満」, models/counts.ts): a masked figure stays masked through every change, series and row.
 */

import { yearBefore } from '../../../server/shared/dates';
import { type FigureDef, type FigureKey, figureDefs, resourcesChanged } from '../../../server/shared/reportFigures';
import type { ReportFiguresFragment } from '../gql/graphql';
import { difference, formatCount, maskedChangeLabel, maskedRateLabel, type Shown, shown } from './counts';
import { fieldLabels, type Lang, type Localized, labelOf } from './vocabulary';

export type { FigureKey };

/** One area's figures, as the report query answers them for the area and for each of its children (generated). */
export type ReportFigures = ReportFiguresFragment;

/** The report of an area: its figures, and its children's, which come without children of their own. */
export type AreaReport = ReportFigures & { children?: readonly ReportFigures[] };

export interface Figure extends FigureDef {
  label: Localized;
  value: Shown;
  /** Change since the earlier report (undefined when there is none to compare; masked when either year is). */
  change?: Shown;
}

function figureOf(report: AreaReport, key: FigureKey): Shown {
  if (key === 'resourcesOpened') return shown(resourcesChanged(report.resourceChanges, 'Opened'));
  if (key === 'resourcesClosed') return shown(resourcesChanged(report.resourceChanges, 'Closed'));
  return shown(report[key]);
}

/** The key figures, with the change since `earlier` where both are known. */
export function keyFigures(report: AreaReport, earlier?: AreaReport): Figure[] {
  return figureDefs.map((def) => {
    const value = figureOf(report, def.key);
    const before = earlier ? figureOf(earlier, def.key) : undefined;
    return { ...def, value, change: earlier ? difference(value, before) : undefined };
  });
}

/**
 * Writes a figure's value — the one formatter of the report's numbers, on the cards, in the tables, on the bars and
 * in the CSV: counts with separators, rates as percentages with one decimal, ratios with one decimal; a masked count
 * as 「5未満」 and a masked rate as 非表示 (it is not under 5: it would give a count under 5 back).
 */
export function formatFigure(value: Shown, format: Figure['format'], lang: Lang): string {
  if (format === 'count') return formatCount(value, lang);
  if (value === 'masked') return maskedRateLabel[lang];
  if (value === undefined || Number.isNaN(value)) return '—';
  const locale = lang === 'ja' ? 'ja-JP' : 'en-GB';
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (format === 'percent') return `${(value * 100).toLocaleString(locale, oneDecimal)}%`;
  return value.toLocaleString(locale, oneDecimal);
}

/** Whether a change is none as written (a rate within 0.05 point, a ratio within 0.05): 「±0」, neither better nor worse. */
function isNoChange(change: number, format: Figure['format']): boolean {
  return Math.abs(change) < (format === 'ratio' ? 0.05 : format === 'percent' ? 0.0005 : 1e-9);
}

/** A change written with its sign (+3, −1.5 pt), or '±0'; 差は非表示 when either year is masked. */
export function formatChange(change: Shown, format: Figure['format'], lang: Lang): string {
  if (change === undefined) return '';
  if (change === 'masked') return maskedChangeLabel[lang];
  if (isNoChange(change, format)) return '±0';
  const sign = change > 0 ? '+' : '−';
  const size = Math.abs(change);
  if (format === 'percent') return `${sign}${(size * 100).toFixed(1)}${lang === 'ja' ? 'ポイント' : ' pt'}`;
  return `${sign}${format === 'ratio' ? size.toFixed(1) : size.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB')}`;
}

/** Whether a figure's change is good news, bad news, or neither (none, 「±0」, masked, or no direction). */
export function changeDirection(figure: Figure): 'better' | 'worse' | '' {
  if (typeof figure.change !== 'number' || isNoChange(figure.change, figure.format) || figure.better === 'neither') {
    return '';
  }
  return figure.change > 0 === (figure.better === 'up') ? 'better' : 'worse';
}

export interface Bar {
  key: string;
  label: string;
  /** 0 for an unknown figure; a masked one has no value to draw. */
  value: number;
  masked?: boolean;
  highlight?: boolean;
}

/** Hubs by kind, most first; hubs without a kind are counted as その他. */
export function hubsByKindSeries(report: AreaReport, lang: Lang): Bar[] {
  return report.hubsByKind.map((item, i) => ({
    key: item.kind ?? `other-${i}`,
    label: item.kind ?? (lang === 'ja' ? 'その他' : 'Other'),
    value: item.count,
  }));
}

/** Organizations by field, in the order of the fields' labels as given by the server (most first). */
export function organizationsByFieldSeries(report: AreaReport, lang: Lang): Bar[] {
  return report.organizationsByField.map((item) => ({
    key: item.field,
    label: labelOf(fieldLabels, item.field, lang),
    value: item.count,
  }));
}

/** People with an unmet need, per field, every field as the server lists them; a masked count stays masked. */
export function unmetNeedsByFieldRows(
  report: AreaReport,
  lang: Lang,
): { field: string; label: string; people: Shown }[] {
  return report.unmetNeedsByField.map((row) => ({
    field: row.field,
    label: labelOf(fieldLabels, row.field, lang),
    people: shown(row.people),
  }));
}

/** One metric across areas (children or siblings), the current one highlighted; a masked one drawn as masked. */
export function compareSeries(areas: readonly AreaReport[], key: FigureKey, currentId?: string): Bar[] {
  return areas.map((area) => {
    const value = figureOf(area, key);
    return {
      key: area.areaId,
      label: area.name ?? area.areaId,
      value: typeof value === 'number' ? value : 0,
      ...(value === 'masked' ? { masked: true } : {}),
      highlight: area.areaId === currentId,
    };
  });
}

/** Every figure of the report and its children, to tell whether the screen needs the note on masking. */
export function reportFigures(report: AreaReport): Shown[] {
  const own = figureDefs.map((def) => figureOf(report, def.key));
  const councils = report.councils.map((council) => shown(council.personMembers));
  const unmet = report.unmetNeedsByField.map((row) => shown(row.people));
  // the children of a report come without children of their own
  return [...own, ...councils, ...unmet, ...(report.children ?? []).flatMap(reportFigures)];
}

/** The date a year before an ISO date (29 February becomes 28 February): one rule with the report's workbook. */
export { yearBefore };
