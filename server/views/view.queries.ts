/** Cypher for saved views, with the row it returns. A view's state is stored flat on its node, its ids real. */

export interface ViewRow {
  id: string;
  name: string;
  owner: string;
  areaId: string;
  areaName: string | null;
  position: number;
  open: string[];
  show: string[];
  focus: string | null;
  kinds: string[];
  categories: string[];
  fields: string[];
  showEnded: boolean;
  neutralLabels: boolean;
  asOf: string | null;
  createdAt: string;
  updatedAt: string;
}

const columns = `v.id AS id, v.name AS name, v.owner AS owner, v.areaId AS areaId, a.name AS areaName,
  v.position AS position, v.open AS open, v.show AS show, v.focus AS focus, v.kinds AS kinds,
  v.categories AS categories, v.fields AS fields, v.showEnded AS showEnded, v.neutralLabels AS neutralLabels,
  v.asOf AS asOf, v.createdAt AS createdAt, v.updatedAt AS updatedAt`;

export const viewById = `
MATCH (v:SavedView {id: $id})
OPTIONAL MATCH (a:Area {id: v.areaId})
RETURN ${columns}`;

/** The owner's views (of one area, or all), in their order. */
export const viewsOf = `
MATCH (v:SavedView {owner: $owner})
WHERE $areaId IS NULL OR v.areaId = $areaId
OPTIONAL MATCH (a:Area {id: v.areaId})
RETURN ${columns}
ORDER BY v.position, v.createdAt`;

export const nextPosition = `
OPTIONAL MATCH (v:SavedView {owner: $owner})
RETURN coalesce(max(v.position), -1) + 1 AS position`;

export const createView = `
CREATE (v:SavedView {id: $id, owner: $owner, createdAt: $now})
SET v += $props, v.updatedAt = $now
WITH v
OPTIONAL MATCH (a:Area {id: v.areaId})
RETURN ${columns}`;

export const updateView = `
MATCH (v:SavedView {id: $id})
SET v += $props, v.updatedAt = $now
WITH v
OPTIONAL MATCH (a:Area {id: v.areaId})
RETURN ${columns}`;

export const deleteView = 'MATCH (v:SavedView {id: $id}) DELETE v';

/** The areas below (and including) an area. */
export const areasInside = `
MATCH (inside:Area)-[:WITHIN*0..]->(:Area {id: $areaId})
RETURN collect(inside.id) AS ids`;
