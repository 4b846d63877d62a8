/** The audit screen's pure parts: the filter form as query variables, pages, and how an event is summed up. */
import type { AuditEventsQueryVariables, AuditKind } from '../gql/graphql';

export type { AuditKind };

// every kind of the schema once, in the filter's order: a kind the schema adds fails the type check here
const kindOrder: Record<AuditKind, true> = {
  DISCLOSURE: true,
  CHANGE: true,
  LOGIN: true,
  LOGIN_FAILED: true,
  LOGOUT: true,
  REFUSAL: true,
  ACCOUNT: true,
};
export const auditKinds = Object.keys(kindOrder) as AuditKind[];

/** The filter form as typed: every value a string, empty meaning "any". */
export interface AuditFilterForm {
  personId: string;
  username: string;
  from: string;
  to: string;
  kind: AuditKind | '';
}

export const emptyAuditFilter: AuditFilterForm = { personId: '', username: '', from: '', to: '', kind: '' };

/** Rows per page. */
export const auditPageSize = 50;

/**
 * The query's variables for a page: empty fields left out, one row more than a page asked for, so that the screen
 * knows whether a next page exists without counting the whole log.
 */
export function auditVariables(form: AuditFilterForm, page: number) {
  const given = Object.entries(form)
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => [key, value.trim()]);
  return {
    ...Object.fromEntries(given),
    limit: auditPageSize + 1,
    offset: page * auditPageSize,
  } as AuditEventsQueryVariables;
}

/** The rows of a page answer, and whether there is a page after it. */
export function auditPage<Row>(rows: readonly Row[]): { rows: Row[]; hasNext: boolean } {
  return { rows: rows.slice(0, auditPageSize), hasNext: rows.length > auditPageSize };
}

/**
 * Whether the viewer is shown a person's 閲覧履歴: ADMIN always; a coordinator for a person inside the areas they
 * were assigned (the map may show others, whose trail the server refuses); nobody for a stand-in.
 */
export function seesAuditTrail(
  viewer: { role: string; areaIds: readonly string[] },
  node: { id: string; kind: string; anonymous?: boolean; parent?: string } | undefined,
  nodeById: ReadonlyMap<string, { parent?: string }>,
): boolean {
  if (node?.kind !== 'Person' || node.anonymous) return false;
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'COORDINATOR') return false;
  const seen = new Set<string>();
  for (let up = node.parent; up && !seen.has(up); up = nodeById.get(up)?.parent) {
    if (viewer.areaIds.includes(up)) return true;
    seen.add(up);
  }
  return false;
}

/** A JSON value of a change as a person reads it: text without quotes, lists joined, empty as —. */
export function changeValue(json: string | null | undefined): string {
  if (json == null) return '—';
  const value: unknown = JSON.parse(json);
  if (typeof value === 'string') return value || '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(String).join('、');
  return JSON.stringify(value);
}

/** `2026-12-02T08:14:21.000Z` in the viewer's clock, to the second: `2026-12-02 17:14:21`. */
export function localTime(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}
