/** Cypher for user accounts and the token secret. */

export interface UserRow {
  username: string;
  passwordHash: string;
  role: string;
  areaIds: string[];
}

export const countUsers = 'MATCH (u:User) RETURN count(u) AS count';

export const findUser = `
MATCH (u:User {username: $username})
RETURN u.username AS username, u.passwordHash AS passwordHash, u.role AS role, coalesce(u.areaIds, []) AS areaIds`;

export const createUser = `
CREATE (u:User {username: $username, passwordHash: $passwordHash, role: $role, areaIds: $areaIds, createdAt: datetime()})
RETURN u.username AS username`;

export const listUsers = `
MATCH (u:User) RETURN u.username AS username, u.role AS role, coalesce(u.areaIds, []) AS areaIds ORDER BY username`;

/** The areas inside a user's assigned areas, and the municipalities (tier-1 roots) they belong to. */
export const viewerScope = `
OPTIONAL MATCH (assigned:Area) WHERE assigned.id IN $areaIds
OPTIONAL MATCH (inside:Area)-[:WITHIN*0..]->(assigned)
OPTIONAL MATCH (assigned)-[:WITHIN*0..]->(root:Area) WHERE NOT (root)-[:WITHIN]->()
RETURN collect(DISTINCT inside.id) AS inside, collect(DISTINCT root.id) AS roots`;
