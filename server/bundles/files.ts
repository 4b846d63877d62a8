/**
 * The files of a town bundle (the support files are in caseFiles.ts): their columns, which must be present and filled, what kind of value each holds
 * and where it goes in the graph (docs/DESIGN.md "Town bundle").
 */
import type { EntityKind } from '../vocabulary/ties.js';
import type { AreaRecord, BundleKey, RecordOf } from './bundle.types.js';
import { caseFileSpecs } from './caseFiles.js';
import type { ColumnKind, ColumnSpec, FileSpec, StructureEdge } from './columns.types.js';

export type { ColumnKind, ColumnSpec, FileSpec, StructureEdge };

type Columns<K extends BundleKey> = ColumnSpec<RecordOf[K]>[];

const id = { name: 'id', key: 'id', kind: 'id', required: true, needsValue: true, role: 'identity' } as const;
const name = { name: 'name', key: 'name', kind: 'text', required: true, needsValue: true, role: 'property' } as const;
const tier = { name: 'tier', key: 'tier', kind: 'tier', required: true, needsValue: true, role: 'property' } as const;
const kind = { name: 'kind', key: 'kind', kind: 'text', required: false, needsValue: false, role: 'property' } as const;

/** A column that may be left out or left empty. */
function optional<R>(name: string, key: ColumnSpec<R>['key'], kind: ColumnKind): ColumnSpec<R> {
  return { name, key, kind, required: false, needsValue: false, role: 'property' };
}

/** A reference column, stored as a structure edge to the node(s) it names. */
function reference<R>(
  name: string,
  key: ColumnSpec<R>['key'],
  target: { kind: 'id' | 'ids'; needsValue: boolean; refersTo: EntityKind; edge: StructureEdge },
): ColumnSpec<R> {
  return { name, key, required: true, role: 'structure', ...target };
}

const areaId = { kind: 'id', needsValue: true, refersTo: 'Area', edge: 'LOCATED_IN' } as const;

const areas: Columns<'areas'> = [
  id,
  name,
  tier,
  reference('parent_id', 'parentId', { kind: 'id', needsValue: false, refersTo: 'Area', edge: 'WITHIN' }),
  optional('population', 'population', 'count'),
  optional('households', 'households', 'count'),
  optional('elderly', 'elderly', 'count'),
  // the municipality's order of its areas in every list (areaOrder.ts); without it, the order of the rows
  { ...optional<AreaRecord>('sort_order', 'sortOrder', 'count'), rowOrder: true },
  // codes from outside (server/vocabulary/areaCodes.ts): a municipality's, and the 町字 of a smaller area
  optional('code', 'code', 'localGovernmentCode'),
  optional('machiaza_ids', 'machiazaIds', 'machiazaIds'),
];

/** The reading of the name (よみがな), so that a search by sound finds what is written in kanji. */
function nameKana<R>(): ColumnSpec<R> {
  return optional<R>('name_kana', 'nameKana' as ColumnSpec<R>['key'], 'kana');
}

/** When a hub, organization or council opened and closed (areas/period.ts); bundles without them still load. */
function opened<R>(): ColumnSpec<R>[] {
  return [
    optional<R>('since', 'since' as ColumnSpec<R>['key'], 'date'),
    optional<R>('until', 'until' as ColumnSpec<R>['key'], 'date'),
  ];
}

const households: Columns<'households'> = [id, name, reference('area_id', 'areaId', areaId), nameKana()];

const people: Columns<'people'> = [
  id,
  name,
  reference('area_id', 'areaId', areaId),
  reference('household_id', 'householdId', { kind: 'id', needsValue: false, refersTo: 'Household', edge: 'MEMBER_OF' }),
  optional('age_band', 'ageBand', 'text'),
  optional('roles', 'roles', 'roles'),
  optional('needs', 'needs', 'fields'),
  optional('interests', 'interests', 'texts'),
  optional('consent', 'consent', 'consent'),
  // RESTRICTED people (支援措置): the usernames of the coordinators who may see them
  optional('restricted_for', 'restrictedFor', 'texts'),
  nameKana(),
  // 担い手: what they can offer, and when
  optional('can_offer', 'canOffer', 'skills'),
  optional('offer_time', 'offerTime', 'text'),
];

const organizations: Columns<'organizations'> = [
  id,
  name,
  kind,
  optional('fields', 'fields', 'fields'),
  reference('area_id', 'areaId', areaId),
  reference('serves', 'serves', { kind: 'ids', needsValue: false, refersTo: 'Area', edge: 'SERVES' }),
  nameKana(),
  ...opened(),
];

const councils: Columns<'councils'> = [
  id,
  name,
  kind,
  tier,
  reference('covers', 'covers', { kind: 'ids', needsValue: false, refersTo: 'Area', edge: 'COVERS' }),
  ...opened(),
];

const hubs: Columns<'hubs'> = [
  id,
  name,
  kind,
  reference('area_id', 'areaId', areaId),
  optional('tags', 'tags', 'texts'),
  nameKana(),
  optional('audience', 'audience', 'audiences'),
  ...opened(),
  // its shape (docs/DESIGN.md "Community work"): how it is run, when it is open, what it does, the help it wants
  optional('operator', 'operator', 'operator'),
  optional('open_days', 'openDays', 'weekdays'),
  optional('open_hours', 'openHours', 'text'),
  optional('functions', 'functions', 'hubFunctions'),
  optional('consultation_point', 'consultationPoint', 'flag'),
  optional('help_wanted', 'helpWanted', 'skills'),
];

const ties: Columns<'ties'> = [
  { name: 'from_id', key: 'from', kind: 'id', required: true, needsValue: true, role: 'identity' },
  { name: 'to_id', key: 'to', kind: 'id', required: true, needsValue: true, role: 'identity' },
  { name: 'type', key: 'type', kind: 'tieType', required: true, needsValue: true, role: 'identity' },
  optional('since', 'since', 'date'),
  optional('until', 'until', 'date'),
  optional('strength', 'strength', 'strength'),
  optional('note', 'note', 'text'),
];

/** The specs of all the files, keyed like the bundle. */
export const fileSpecs: { [K in BundleKey]: FileSpec<K> } = {
  ...caseFileSpecs,
  areas: { key: 'areas', columns: areas },
  households: { key: 'households', columns: households },
  people: { key: 'people', columns: people },
  organizations: { key: 'organizations', columns: organizations },
  councils: { key: 'councils', columns: councils },
  hubs: { key: 'hubs', columns: hubs },
  ties: { key: 'ties', columns: ties },
};

/** The value an empty cell stands for, which is also what a new node or tie gets when the column is left out. */
export function emptyValue(kind: ColumnKind): unknown {
  switch (kind) {
    case 'roles':
      return ['RESIDENT'];
    case 'consent':
      return 'NONE';
    case 'strength':
      return 'NORMAL';
    case 'ids':
    case 'texts':
    case 'fields':
    case 'audiences':
    case 'revisions':
    case 'weekdays':
    case 'hubFunctions':
    case 'skills':
      return [];
    default:
      return null;
  }
}
