/**
 * Who may read the audit log: all of it, ADMIN; a person's 閲覧履歴, ADMIN or a COORDINATOR whose areas contain
 * the person and who may see their details (the policy's answer, server/auth/policy.ts).
 */
import { inScope, isAdmin, personAccess } from '../auth/policy.js';
import { UserRole, type Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { getPersonFacts } from '../people/personFacts.js';
import { ForbiddenError } from '../shared/errors.js';

export function assertAuditAdmin(viewer: Viewer): Viewer {
  if (!isAdmin(viewer)) throw new ForbiddenError('only an administrator reads the audit log');
  return viewer;
}

/** ADMIN may ask about anyone, even a person since deleted; a coordinator only about a person of their areas. */
export async function assertTrailAccess(graph: Graph, viewer: Viewer, personId: string): Promise<void> {
  if (isAdmin(viewer)) return;
  // one refusal for "elsewhere" and "no such person", so the answer does not tell them apart
  const refused = new ForbiddenError(`you may not see who looked at person "${personId}"`);
  if (viewer.role !== UserRole.COORDINATOR) throw refused;
  const facts = await getPersonFacts(graph, personId);
  if (!facts?.areaPath.some((areaId) => inScope(viewer, areaId))) throw refused;
  if (personAccess(viewer, facts) !== 'DETAILS') throw refused;
}
