/** Cypher of the HSDS export: the HSDS ids that organizations and hubs keep from an import. */

export interface KeptIdRow {
  id: string;
  hsdsId: string;
}

export const keptIds = `
MATCH (n) WHERE (n:Organization OR n:Hub) AND n.id IN $ids AND n.hsdsId IS NOT NULL
RETURN n.id AS id, n.hsdsId AS hsdsId`;
