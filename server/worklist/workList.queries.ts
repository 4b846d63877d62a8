/**
 * Cypher for the work list. Each list is found through an index of Case (reviewOn, followUpOn) and kept to the
 * viewer's areas by the subject's area (`$all` for ADMIN); the case policy then decides what is shown.
 */

const inViewersAreas = `
MATCH (c)-[:CONCERNS]->()-[:LOCATED_IN]->(a:Area)
WHERE $all OR a.id IN $scope`;

export const reviewsBy = `
MATCH (c:Case) WHERE c.reviewOn <= $until AND c.status <> 'CLOSED'
${inViewersAreas}
RETURN c.id AS id, c.reviewOn AS date ORDER BY date, id`;

export const followUpsBy = `
MATCH (c:Case) WHERE c.followUpOn <= $until AND c.status = 'CLOSED' AND c.followUpDoneOn IS NULL
${inViewersAreas}
RETURN c.id AS id, c.followUpOn AS date ORDER BY date, id`;

export const withoutKeyPerson = `
MATCH (c:Case) WHERE c.status <> 'CLOSED' AND NOT EXISTS { MATCH (c)-[k:KEY_PERSON]->() WHERE k.until IS NULL }
${inViewersAreas}
RETURN c.id AS id, c.openedOn AS date ORDER BY date, id`;

/** 参加支援 matches still going on whose next follow-up falls by `$until` (or is late), kept to the person's area. */
export const matchFollowUpsBy = `
MATCH (m:Match) WHERE m.nextFollowUpOn <= $until AND NOT m.stage IN ['ENDED', 'DECLINED']
MATCH (m)-[:FOR]->(:Person)-[:LOCATED_IN]->(a:Area)
WHERE $all OR a.id IN $scope
RETURN m.id AS id, m.nextFollowUpOn AS date ORDER BY date, id`;

/** The finding keys the viewer saw at their last visit, and when. */
export const lastVisit = `
MATCH (v:WorkListVisit {username: $username})
RETURN v.at AS at, v.findingKeys AS findingKeys`;

export const recordVisit = `
MERGE (v:WorkListVisit {username: $username})
SET v.at = $at, v.findingKeys = $findingKeys
RETURN v.at AS at`;

/** The municipalities (an ADMIN's work list looks at all of them). */
export const roots = 'MATCH (a:Area {tier: 1}) RETURN a.id AS id ORDER BY id';

/** The latest meeting of each council whose next date falls in the week (the meeting to prepare for). */
export const meetingsDue = `
MATCH (m:Meeting)-[:OF]->(c:Council)
WHERE m.nextOn >= $today AND m.nextOn <= $until
  AND NOT EXISTS { MATCH (later:Meeting)-[:OF]->(c) WHERE later.on > m.on }
RETURN m.id AS id, c.id AS councilId
ORDER BY m.nextOn, id`;
