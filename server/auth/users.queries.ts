/** Cypher for user accounts and their sessions (token versions, revoked tokens). */

export interface UserRow {
  username: string;
  passwordHash: string;
  role: string;
  areaIds: string[];
  disabled: boolean;
  /** Raised to end every token issued before (tokens.ts). */
  tokenVersion: number;
}

/** A user as the admin screen lists them. */
export interface UserListRow {
  username: string;
  role: string;
  areaIds: string[];
  disabled: boolean;
}

export const countUsers = 'MATCH (u:User) RETURN count(u) AS count';

const userColumns = `u.username AS username, u.passwordHash AS passwordHash, u.role AS role,
  coalesce(u.areaIds, []) AS areaIds, coalesce(u.disabled, false) AS disabled, coalesce(u.tokenVersion, 0) AS tokenVersion`;

export const findUser = `
MATCH (u:User {username: $username})
RETURN ${userColumns}`;

/** The user of a token that is still good: enabled, of the current token version, not logged out. */
export const findSessionUser = `
MATCH (u:User {username: $username})
WHERE coalesce(u.disabled, false) = false AND coalesce(u.tokenVersion, 0) = $version
  AND NOT EXISTS { MATCH (:RevokedToken {jti: $jti}) }
RETURN ${userColumns}`;

export const createUser = `
CREATE (u:User {username: $username, passwordHash: $passwordHash, role: $role, areaIds: $areaIds, createdAt: datetime(),
  disabled: false, tokenVersion: 0})
RETURN u.username AS username`;

export const listUsers = `
MATCH (u:User)
RETURN u.username AS username, u.role AS role, coalesce(u.areaIds, []) AS areaIds, coalesce(u.disabled, false) AS disabled
ORDER BY username`;

export const setAccess = `
MATCH (u:User {username: $username})
SET u.role = $role, u.areaIds = $areaIds
RETURN u.username AS username`;

/** Disabling also ends every token at once; enabling leaves old tokens ended. */
export const setDisabled = `
MATCH (u:User {username: $username})
SET u.disabled = $disabled,
    u.tokenVersion = coalesce(u.tokenVersion, 0) + CASE WHEN $disabled THEN 1 ELSE 0 END
RETURN u.username AS username`;

/** A new password ends every token issued before it; returns the new version for the caller's fresh token. */
export const setPassword = `
MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash, u.tokenVersion = coalesce(u.tokenVersion, 0) + 1
RETURN u.tokenVersion AS tokenVersion`;

/** Logs one token out until it would have expired anyway; tokens past their expiry are forgotten. */
export const revokeToken = `
MERGE (r:RevokedToken {jti: $jti}) ON CREATE SET r.expiresAt = datetime($expiresAt)
WITH 1 AS done
MATCH (old:RevokedToken) WHERE old.expiresAt < datetime()
DELETE old`;

/** The areas inside a user's assigned areas, and the municipalities (tier-1 roots) they belong to. */
export const viewerScope = `
OPTIONAL MATCH (assigned:Area) WHERE assigned.id IN $areaIds
OPTIONAL MATCH (inside:Area)-[:WITHIN*0..]->(assigned)
OPTIONAL MATCH (assigned)-[:WITHIN*0..]->(root:Area) WHERE NOT (root)-[:WITHIN]->()
RETURN collect(DISTINCT inside.id) AS inside, collect(DISTINCT root.id) AS roots`;
