/** The shape of a bundle file's columns: how a cell is read, whether it must be there, where its value goes. */
import type { EntityKind } from '../vocabulary/ties.js';
import type { BundleKey, RecordLabel, RecordOf } from './bundle.types.js';

/** How a cell is read. Lists are `;`-separated. */
export type ColumnKind =
  | 'id' // an id (a node's own, or a reference)
  | 'ids' // a list of ids
  | 'text' // free text
  | 'kana' // a reading (よみがな): kana only
  | 'texts' // a list of free text (interests, tags)
  | 'tier' // 1, 2, 3 or 第1層…
  | 'count' // a whole number, 0 or more
  | 'date' // YYYY-MM-DD
  | 'fields' // a list of fields (分野)
  | 'roles' // a list of person roles
  | 'audiences' // a list of whom a hub is for (対象)
  | 'operator' // how a hub is run (運営形態)
  | 'weekdays' // a list of days of the week (曜日)
  | 'hubFunctions' // a list of what a hub does (機能)
  | 'skills' // a list of 担い手 skills
  | 'consent'
  | 'strength'
  | 'tieType'
  | 'field' // one field (分野)
  | 'caseStatus'
  | 'route'
  | 'closeReason'
  | 'itemStatus'
  | 'basis' // a meeting's basis for sharing
  | 'localGovernmentCode' // a municipality's 全国地方公共団体コード, six digits with its check digit
  | 'machiazaIds' // a list of 町字ID of the アドレス・ベース・レジストリ, seven digits each
  | 'revisions' // what a meeting's decision changed in a case (PLAN, TEAM, KEY_PERSON, DIRECTION)
  | 'itemTie' // MADE or FOUND
  | 'flag'; // true or false

export interface ColumnSpec<R> {
  /** The header name. */
  name: string;
  /** The record key; for a property column also the Neo4j property name. */
  key: Exclude<keyof R, 'line'> & string;
  kind: ColumnKind;
  /** The header must have this column (ids, names, tiers, references and tie types). */
  required: boolean;
  /** Its cells may not be empty. */
  needsValue: boolean;
  /**
   * `property`: stored on the node or tie; `identity`: the id or a tie's ends and type; `structure`: a structure
   * edge; `link`: in a support file, an id naming a node or a record of one of the labels in `accepts`.
   */
  role: 'property' | 'identity' | 'structure' | 'link';
  /** For a reference: the label the named node must have (tie ends are checked against the tie type instead). */
  refersTo?: EntityKind;
  /** For a link: the labels the named node or record may have. */
  accepts?: readonly (EntityKind | RecordLabel)[];
  /** For a structure column: the relationship from the row's node to the named node(s). */
  edge?: StructureEdge;
  /** Left out or left empty, the row's place in its file stands for it (the municipality's order of areas). */
  rowOrder?: boolean;
}

/** The structure relationships a bundle sets (ties are the other relationships). */
export type StructureEdge = 'WITHIN' | 'LOCATED_IN' | 'MEMBER_OF' | 'SERVES' | 'COVERS';

export interface FileSpec<K extends BundleKey> {
  key: K;
  columns: ColumnSpec<RecordOf[K]>[];
}
