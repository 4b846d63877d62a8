/**
 * Tsunagari's vocabulary in HSDS terms: one taxonomy whose terms are attached to rows as HSDS attributes
 * (attribute.csv: link_id, link_entity, taxonomy_term_id and, for free text, value). README "HSDS" lists them.
 * - `field:CODE` 分野 on an organization's service: the fields it works in (ELDERLY 高齢 …);
 * - `kind` 種別 on an organization or a hub's service, its value the kind in the municipality's words;
 * - `tag` 内容 on a hub's service, one per tag (what happens there);
 * - `hub` 拠点・居場所 on a hub's service, and on the organization written for a hub no organization runs;
 * - `area` 所在地域・対象地域 on a location or a service area, its value our area's id;
 * - `municipalityCode` 全国地方公共団体コード and `machiaza` 町字ID beside it, when the areas carry them (external
 *   identifiers: the municipality's code, and the 町字 the area is made of).
 */
import { type Field, fields } from '../vocabulary/codes.js';
import { uuidOf } from './ids.js';
import type { HsdsRow } from './tables.js';

export const taxonomyId = uuidOf('taxonomy:tsunagari');

export const taxonomyRow: HsdsRow = {
  id: taxonomyId,
  name: 'Tsunagari',
  description:
    'つながり（Tsunagari）の分類: 分野、種別、拠点、内容、所在地域 / the fields, kinds, hubs, activities and areas of a Tsunagari town',
  version: '1',
};

export type TermCode = `field:${Field}` | 'kind' | 'tag' | 'hub' | 'area' | 'municipalityCode' | 'machiaza';

const termNames: Record<Exclude<TermCode, `field:${Field}`>, [string, string]> = {
  kind: ['種別', 'the kind of organization or hub, in the municipality’s own words (the attribute’s value)'],
  tag: ['内容', 'what happens at a hub (the attribute’s value)'],
  hub: ['拠点・居場所', 'a place where people meet: a salon, 通いの場, 子ども食堂 (a Tsunagari hub)'],
  area: ['所在地域・対象地域', 'the Tsunagari area a location lies in or a service area is (the attribute’s value)'],
  municipalityCode: [
    '全国地方公共団体コード',
    'the JIS X 0402 code (six digits) of the municipality a location or service area is in (the attribute’s value)',
  ],
  machiaza: ['町字ID', 'a 町字ID of the アドレス・ベース・レジストリ that the area is made of (the attribute’s value)'],
};

export const termId = (code: TermCode) => uuidOf(`taxonomy_term:${code}`);

export const fieldTerm = (field: Field): TermCode => `field:${field}`;

/** The field a term id stands for, if it is one of the field terms. */
export function fieldOfTerm(id: string): Field | undefined {
  return (Object.keys(fields.labels) as Field[]).find((field) => termId(fieldTerm(field)) === id);
}

export function termRows(): HsdsRow[] {
  const fieldRows = (Object.entries(fields.labels) as [Field, string][]).map(([field, label]) => ({
    id: termId(fieldTerm(field)),
    code: field,
    name: label,
    description: `分野: ${label}`,
    taxonomy: 'Tsunagari',
    language: 'ja',
    taxonomy_id: taxonomyId,
  }));
  const otherRows = Object.entries(termNames).map(([code, [name, description]]) => ({
    id: termId(code as TermCode),
    code,
    name,
    description,
    taxonomy: 'Tsunagari',
    language: 'ja',
    taxonomy_id: taxonomyId,
  }));
  return [...fieldRows, ...otherRows];
}
