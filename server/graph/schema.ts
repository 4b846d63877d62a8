/** Constraints and indexes, created idempotently at every start. */
import { Neo4jError } from 'neo4j-driver';
import { auditSchema } from '../audit/audit.queries.js';
import { appSecretSchema } from '../auth/sharedSecret.js';
import { importSchema } from '../bundles/importRecord.queries.js';
import { stagedSchema } from '../bundles/stage.queries.js';
import { entityKinds, tieTypes } from '../vocabulary/ties.js';
import { dataVersionSchema } from './dataVersion.js';
import type { Graph } from './graph.js';

const statements = [
  // every label of the model has a unique id
  ...entityKinds.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE',
  'CREATE CONSTRAINT revoked_token_jti IF NOT EXISTS FOR (r:RevokedToken) REQUIRE r.jti IS UNIQUE',
  'CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE',
  'CREATE INDEX saved_view_owner IF NOT EXISTS FOR (v:SavedView) ON (v.owner)',
  // rate-limit counters shared by every app server (auth/sharedLimiter.ts); they were LoginThrottle nodes once
  'DROP CONSTRAINT login_throttle_key IF EXISTS',
  'CREATE CONSTRAINT rate_counter_key IF NOT EXISTS FOR (t:RateCounter) REQUIRE t.key IS UNIQUE',
  // support cases (server/cases/): ids are opaque, a subject's cases are found by its id
  ...['Case', 'Plan', 'PlanItem', 'Monitoring', 'Meeting'].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX case_subject IF NOT EXISTS FOR (c:Case) ON (c.subjectId)',
  'CREATE INDEX case_review IF NOT EXISTS FOR (c:Case) ON (c.reviewOn)',
  'CREATE INDEX case_follow_up IF NOT EXISTS FOR (c:Case) ON (c.followUpOn)',
  // 参加支援 matches (server/matches/): found by their person and by the next follow-up due
  ...['Match', 'FollowUp'].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX match_person IF NOT EXISTS FOR (m:Match) ON (m.personId)',
  'CREATE INDEX match_follow_up IF NOT EXISTS FOR (m:Match) ON (m.nextFollowUpOn)',
  'CREATE INDEX meeting_next IF NOT EXISTS FOR (m:Meeting) ON (m.nextOn)',
  // findings set aside (server/analysis/dismissals/): one per finding key
  'CREATE CONSTRAINT dismissed_finding_key IF NOT EXISTS FOR (d:DismissedFinding) REQUIRE d.key IS UNIQUE',
  'CREATE CONSTRAINT work_list_visit IF NOT EXISTS FOR (v:WorkListVisit) REQUIRE v.username IS UNIQUE',
  'CREATE INDEX area_tier IF NOT EXISTS FOR (a:Area) ON (a.tier)',
  'CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind)',
  'CREATE INDEX hub_kind IF NOT EXISTS FOR (h:Hub) ON (h.kind)',
  'CREATE INDEX council_kind IF NOT EXISTS FOR (c:Council) ON (c.kind)',
  'CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)',
  // the audit log's Cypher, its indexes included, stays in server/audit/ (a test keeps it so)
  ...auditSchema,
  ...dataVersionSchema,
  ...appSecretSchema,
  // a batched import's record and what it stages until its publish (server/bundles/stage.ts)
  ...importSchema,
  ...stagedSchema,
  // a tie is found by its id through one index per tie type
  ...tieTypes.map((type) => `CREATE INDEX tie_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`),
];

/**
 * Schema commands of two app servers starting at once on a new database can deadlock or race each other; the
 * loser's is tried again, and then finds the constraint or index there (IF NOT EXISTS).
 */
async function withRetries(graph: Graph, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await graph.autoCommit(statement);
      return;
    } catch (error) {
      const code = error instanceof Neo4jError ? error.code : '';
      const raced = code.startsWith('Neo.TransientError') || code.includes('AlreadyExists');
      if (!raced || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export async function ensureSchema(graph: Graph): Promise<void> {
  for (const statement of statements) await withRetries(graph, statement);
  await graph.autoCommit('CALL db.awaitIndexes(300)');
}
