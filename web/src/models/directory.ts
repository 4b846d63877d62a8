/**
 * 生活便利帳 (resource directory) of an area, as printed and as CSV: organizations under each field they work in
 * (those of the area first, then the town-wide windows serving it), hubs under their kind. The page and the CSV
 * are made from the same sections, so the file holds what the sheet shows. There is no person in it to leave out:
 * the server's resourceDirectory reaches no Person.
 */
import type { ResourceDirectoryQuery } from '../gql/graphql';
import { type Field, fieldLabels, fields, type Lang, labelOf } from './vocabulary';

export type Directory = ResourceDirectoryQuery['resourceDirectory'];
export type DirectoryOrganization = Directory['organizations'][number];
export type DirectoryHub = Directory['hubs'][number];

export interface FieldSection {
  /** a field (分野), or null for organizations with none given */
  field: Field | null;
  /** those working in the area, then those serving it from above (town-wide) */
  organizations: DirectoryOrganization[];
}

export interface KindSection {
  /** the municipality's own word for the kind, or null when none is given */
  kind: string | null;
  hubs: DirectoryHub[];
}

const localFirst = (a: DirectoryOrganization, b: DirectoryOrganization) => Number(b.local) - Number(a.local);

/** Organizations by field in the vocabulary's order; an organization of two fields is under both, as in a directory. */
export function organizationsByField(organizations: readonly DirectoryOrganization[]): FieldSection[] {
  const sections: FieldSection[] = fields.map((field) => ({
    field,
    organizations: organizations.filter((o) => o.fields.includes(field)).sort(localFirst),
  }));
  const none = organizations.filter((o) => !o.fields.some((f) => (fields as string[]).includes(f)));
  return [...sections, { field: null, organizations: [...none].sort(localFirst) }].filter(
    (section) => section.organizations.length > 0,
  );
}

/** Hubs by kind: the kinds with most hubs first (ties in 五十音 order), those of no kind last. */
export function hubsByKind(hubs: readonly DirectoryHub[]): KindSection[] {
  const byKind = new Map<string | null, DirectoryHub[]>();
  for (const hub of hubs) byKind.set(hub.kind ?? null, [...(byKind.get(hub.kind ?? null) ?? []), hub]);
  return [...byKind]
    .map(([kind, list]) => ({ kind, hubs: list }))
    .sort((a, b) => {
      if ((a.kind === null) !== (b.kind === null)) return a.kind === null ? 1 : -1;
      return b.hubs.length - a.hubs.length || (a.kind ?? '').localeCompare(b.kind ?? '', 'ja');
    });
}

export const directoryWords = {
  other: { ja: 'その他', en: 'Other' },
  townWide: { ja: '市全域', en: 'Town-wide' },
  organization: { ja: '相談・支援の窓口', en: 'Organization' },
  hub: { ja: '地域の居場所・拠点', en: 'Hub' },
};

export function fieldTitle(field: Field | null, lang: Lang): string {
  return field ? labelOf(fieldLabels, field, lang) : directoryWords.other[lang];
}

/** Where an organization works: the areas it serves, or where it is, and whether it is a town-wide window. */
export function servesText(organization: DirectoryOrganization, lang: Lang): string {
  const names = organization.serves.map((area) => area.name);
  const text = names.length > 0 ? names.join('・') : (organization.area?.name ?? '');
  return organization.local ? text : `${text}（${directoryWords.townWide[lang]}）`;
}

const joined = (list: readonly string[]) => list.join('・');

const headers = {
  ja: ['区分', '分野・種類', '名称', 'よみがな', '種別', '内容', '所在地区', '対象地域', '運営'],
  en: ['Section', 'Field or kind', 'Name', 'Reading', 'Kind', 'What it does', 'Located in', 'Serves', 'Run by'],
};

/** The CSV rows of the directory, in the order and sections of the printed page. */
export function directoryCsvRows(directory: Directory, lang: Lang): string[][] {
  const rows: string[][] = [headers[lang]];
  for (const section of organizationsByField(directory.organizations)) {
    for (const o of section.organizations) {
      rows.push([
        directoryWords.organization[lang],
        fieldTitle(section.field, lang),
        o.name,
        o.nameKana ?? '',
        o.kind ?? '',
        joined(o.fields.map((f) => labelOf(fieldLabels, f, lang))),
        o.area?.name ?? '',
        servesText(o, lang),
        '',
      ]);
    }
  }
  for (const section of hubsByKind(directory.hubs)) {
    for (const h of section.hubs) {
      rows.push([
        directoryWords.hub[lang],
        section.kind ?? directoryWords.other[lang],
        h.name,
        h.nameKana ?? '',
        h.kind ?? '',
        joined(h.tags),
        h.area?.name ?? '',
        '',
        joined(h.operators),
      ]);
    }
  }
  return rows;
}
