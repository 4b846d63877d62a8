/** Cypher of the HSDS export: the HSDS ids that organizations and hubs keep from an import. */
import { nodesNamed } from '../../graph/lookup.js';

export interface KeptIdRow {
  id: string;
  hsdsId: string;
}

export const keptIds = `
${nodesNamed(['Organization', 'Hub'])}
WITH n WHERE n.hsdsId IS NOT NULL
RETURN n.id AS id, n.hsdsId AS hsdsId`;
