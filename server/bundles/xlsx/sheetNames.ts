/**
 * The sheets of a bundle workbook: one per bundle file, named by its Japanese label (what the export writes) or by
 * the file's name without `.csv` (what the import also reads). The one table of those labels.
 */
import { type BundleKey, bundleKeys } from '../bundle.types.js';

export const sheetLabels: Readonly<Record<BundleKey, string>> = {
  areas: '地域',
  households: '世帯',
  people: '住民',
  organizations: '機関',
  councils: '協議体',
  hubs: '拠点',
  ties: 'つながり',
  cases: '支援ケース',
  key_persons: 'キーパーソン',
  plans: '支援プラン',
  plan_items: 'プラン項目',
  monitoring: 'モニタリング',
  monitoring_outcomes: 'モニタリング結果',
  meetings: '会議',
  agenda: '会議の議題',
};

/** The file a sheet holds, by its label or file name (spaces around it and the case of a file name ignored). */
export function keyOfSheet(name: string): BundleKey | undefined {
  const plain = name.normalize('NFKC').trim();
  return bundleKeys.find((key) => sheetLabels[key] === plain || key === plain.toLowerCase());
}

/** Every accepted name, for the message about a sheet that is none of them. */
export function describeSheets(): string {
  return bundleKeys.map((key) => `${sheetLabels[key]} (${key})`).join(', ');
}
