/** Reading the audit log: every event for ADMIN, a person's viewers for their coordinator, the chain's state. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import { actorOf } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { assertAuditAdmin, assertTrailAccess } from './audit.access.js';
import { verifyAuditChain } from './audit.integrity.js';
import { audit, auditTrailOf, listAuditEvents, rangeBound } from './audit.service.js';
import { AuditEvent, AuditIntegrity, AuditKindCode, PersonAuditEntry } from './audit.type.js';

@Resolver()
export class AuditResolver {
  @Query(() => [AuditEvent], { description: 'ADMIN: audit events matching every filter given, newest first' })
  async auditEvents(
    @Arg('personId', () => ID, { nullable: true }) personId: string | null,
    @Arg('username', () => String, { nullable: true }) username: string | null,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD or ISO date and time, inclusive' }) from:
      | string
      | null,
    @Arg('to', () => String, {
      nullable: true,
      description: 'YYYY-MM-DD (the whole day) or ISO date and time, exclusive',
    })
    to: string | null,
    @Arg('kind', () => AuditKindCode, { nullable: true }) kind: AuditKindCode | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() ctx: Context,
  ) {
    const viewer = assertAuditAdmin(viewerIn(ctx));
    const filter = {
      personId: personId || null,
      username: username || null,
      from: rangeBound('from', from),
      to: rangeBound('to', to),
      kind: kind ?? null,
      offset: Math.max(0, offset),
      limit: Math.min(Math.max(1, limit), 500),
    };
    const events = await listAuditEvents(ctx.graph, filter);
    // reading the log shows who was seen: that is itself a disclosure
    const personIds = [...new Set(events.flatMap((event) => event.personIds))];
    await audit(ctx.graph, actorOf(viewer), { kind: 'DISCLOSURE', action: 'auditEvents', personIds, level: 'DETAILS' });
    return events;
  }

  @Query(() => AuditIntegrity, {
    description: 'ADMIN: walks the hash chain of the audit log and says whether it holds',
  })
  auditIntegrity(@Ctx() ctx: Context) {
    assertAuditAdmin(viewerIn(ctx));
    return verifyAuditChain(ctx.graph);
  }

  @Query(() => [PersonAuditEntry], {
    description: '閲覧履歴: who was shown this person, newest first; ADMIN, or a COORDINATOR whose areas contain them',
  })
  async personAuditTrail(
    @Arg('personId', () => ID) personId: string,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    await assertTrailAccess(ctx.graph, viewer, personId);
    const trail = await auditTrailOf(ctx.graph, personId, Math.min(Math.max(1, limit), 500));
    await audit(ctx.graph, actorOf(viewer), {
      kind: 'DISCLOSURE',
      action: 'personAuditTrail',
      personIds: [personId],
      level: 'DETAILS',
    });
    return trail;
  }
}
