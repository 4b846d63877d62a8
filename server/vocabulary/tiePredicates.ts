/**
 * When a tie is active on a date and when it is formal: each rule written once, as a JS predicate and, beside it,
 * the Cypher fragment built from the same definition, so the server, the analyses and the seed tests agree.
 */
import { type TieCategory, type TieType, tieRules, tieTypes } from './ties.js';

/** The dates of a tie as a row, a record or a bundle cell holds them. */
export interface TieDates {
  since?: string | null;
  until?: string | null;
}

/** A date that is not there: `null`, `undefined` and the empty string all mean "no date" (open-ended). */
export function noDate(date: string | null | undefined): date is null | undefined | '' {
  return date === null || date === undefined || date === '';
}

/** Has begun on `asOf`: no `since`, or a `since` not after it (ISO dates compare as text). */
export function hasBegun(tie: TieDates, asOf: string): boolean {
  return noDate(tie.since) || tie.since <= asOf;
}

/** Has ended on `asOf`: an `until` not after it (the tie's last day is the day before its `until`). */
export function hasEnded(tie: TieDates, asOf: string): boolean {
  return !noDate(tie.until) && tie.until <= asOf;
}

/** Active on `asOf`: begun and not ended. */
export function isActive(tie: TieDates, asOf: string): boolean {
  return hasBegun(tie, asOf) && !hasEnded(tie, asOf);
}

/** A tie's period is wrong when it ends before it begins: an `until` before its `since` (the same day is allowed). */
export function endsBeforeItBegins(tie: TieDates): boolean {
  return !noDate(tie.since) && !noDate(tie.until) && tie.until < tie.since;
}

/** A WATCHES_OVER tie is formal when the watcher is a 民生委員; every other type has its category in `tieRules`. */
export const formalWatch = { type: 'WATCHES_OVER', watcherRole: 'MINSEI_IIN' } as const satisfies {
  type: TieType;
  watcherRole: string;
};

/** The category of a tie, given the roles of the node it starts from. */
export function tieCategory(type: TieType, fromRoles: readonly string[] = []): TieCategory {
  if (type === formalWatch.type && fromRoles.includes(formalWatch.watcherRole)) return 'formal';
  return tieRules[type].category;
}

export function isFormal(type: TieType, fromRoles: readonly string[] = []): boolean {
  return tieCategory(type, fromRoles) === 'formal';
}

/** The tie types that are formal whoever starts them. */
export const formalTypes = tieTypes.filter((type) => tieRules[type].category === 'formal');

/** What a tie is known by, in a bundle, an import and the generator. */
export interface TieKey extends TieDates {
  from: string;
  to: string;
  type: TieType;
}

/**
 * "The same tie": its ends (in their direction, but either way round for a symmetric type: A 近所 B is B 近所 A), its
 * type and its `since`, no since being one value. The same two people may be NEIGHBORs twice, from different dates;
 * a bundle holds each tie once (uniqueTies) and an import finds it again by this identity (`sameSinceCypher` beside
 * the MATCH of its ends and type, `tieArrowCypher`).
 */
export function tieIdentity(tie: TieKey): string {
  const symmetric = tieRules[tie.type].symmetric;
  const [a, b] = symmetric && tie.to < tie.from ? [tie.to, tie.from] : [tie.from, tie.to];
  // U+0000 does not occur in ids
  return [a, tie.type, b, noDate(tie.since) ? '' : tie.since].join('\u0000');
}

/** The arrow of a tie's pattern when finding it again: either way round for a symmetric type (`-`), else `->`. */
export function tieArrowCypher(type: TieType): '-' | '->' {
  return tieRules[type].symmetric ? '-' : '->';
}

// The same rules in Cypher, for the relationship bound to `r`; the date is always the parameter `$asOf`.

const noDateCypher = (property: string) => `(${property} IS NULL OR ${property} = '')`;

/** Cypher of `hasBegun`. */
export function hasBegunCypher(r: string): string {
  return `(${noDateCypher(`${r}.since`)} OR ${r}.since <= $asOf)`;
}

/** Cypher of `hasEnded` (false, not null, when `until` is missing). */
export function hasEndedCypher(r: string): string {
  return `(NOT ${noDateCypher(`${r}.until`)} AND ${r}.until <= $asOf)`;
}

/** Cypher of `isActive`. */
export function isActiveCypher(r: string): string {
  return `(${hasBegunCypher(r)} AND NOT ${hasEndedCypher(r)})`;
}

/**
 * Cypher of the `since` part of `tieIdentity`: the relationship bound to `r` starts on `since` (a Cypher expression),
 * no since being one value. The ends and the type are the pattern that binds `r`.
 */
export function sameSinceCypher(r: string, since: string): string {
  return `coalesce(${r}.since, '') = coalesce(${since}, '')`;
}

/** Cypher of `isFormal`: the watcher's roles are those of the relationship's start node. */
export function isFormalCypher(r: string): string {
  const types = formalTypes.map((type) => `'${type}'`).join(', ');
  const watch = `type(${r}) = '${formalWatch.type}' AND '${formalWatch.watcherRole}' IN coalesce(startNode(${r}).roles, [])`;
  return `(type(${r}) IN [${types}] OR (${watch}))`;
}

/** Cypher of `tieCategory`: the category of the relationship bound to `r`, its watcher's roles those of its start. */
export function tieCategoryCypher(r: string): string {
  const byType = tieTypes.map((type) => `${type}: '${tieRules[type].category}'`).join(', ');
  const watch = `type(${r}) = '${formalWatch.type}' AND '${formalWatch.watcherRole}' IN coalesce(startNode(${r}).roles, [])`;
  return `(CASE WHEN ${watch} THEN 'formal' ELSE {${byType}}[type(${r})] END)`;
}

/**
 * A hub, organization or council is open on `asOf` by the same rule as a tie is active: `since` its opening,
 * `until` its closing (areas/period.ts). A node without dates is always open.
 */
export const isOpen: (resource: TieDates, asOf: string) => boolean = isActive;

/** Cypher of `isOpen` for the node bound to `n`; the date is the parameter `$asOf`. */
export const isOpenCypher: (n: string) => string = isActiveCypher;
