/** `cases`, `case` and the mutations of a case's life: thin, the policy and rules live in the services. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import type { CaseStatusCode } from '../vocabulary/caseCodes.js';
import { assertSeesCases } from './case.access.js';
import { CloseCaseInput, MonitoringInput, OpenCaseInput, PlanItemInput, UpdateCaseInput } from './case.input.js';
import * as service from './case.service.js';
import { CaseStatus, SupportCase } from './case.type.js';
import * as plans from './plan.service.js';

@Resolver(() => SupportCase)
export class CaseResolver {
  @Query(() => [SupportCase], {
    description: 'Cases about people and households of an area (and below) that the viewer sees, by id',
  })
  cases(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('status', () => CaseStatus, { nullable: true }) status: CaseStatusCode | null,
    @Arg('reviewDueBefore', () => String, {
      nullable: true,
      description: 'YYYY-MM-DD: only cases not closed whose next review is on or before it',
    })
    reviewDueBefore: string | null,
    @Arg('subjectId', () => ID, { nullable: true, description: 'only the cases of this person or household' })
    subjectId: string | null,
    @Ctx() ctx: Context,
  ) {
    const viewer = assertSeesCases(viewerIn(ctx));
    return service.listCases(ctx.graph, viewer, { areaId, status, reviewDueBefore, subjectId });
  }

  @Query(() => SupportCase)
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getCase(ctx.graph, assertSeesCases(viewerIn(ctx)), id);
  }

  @Mutation(() => SupportCase, { description: 'Opens a case (受付) for a person or household with no open case' })
  openCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: Context) {
    return service.openCase(ctx.graph, assertSeesCases(viewerIn(ctx)), input);
  }

  @Mutation(() => SupportCase, { description: 'Changes an open case: status, route, team, キーパーソン, 方針, review' })
  updateCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCaseInput) input: UpdateCaseInput,
    @Ctx() ctx: Context,
  ) {
    return service.updateCase(ctx.graph, assertSeesCases(viewerIn(ctx)), id, input);
  }

  @Mutation(() => SupportCase, { description: 'A new version of the plan; the old ones are kept' })
  revisePlan(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('items', () => [PlanItemInput]) items: PlanItemInput[],
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('meetingId', () => ID, {
      nullable: true,
      description: 'the meeting that decided this version (it had the case on its agenda)',
    })
    meetingId: string | null,
    @Ctx() ctx: Context,
  ) {
    return plans.revisePlan(ctx.graph, assertSeesCases(viewerIn(ctx)), caseId, items, note, meetingId);
  }

  @Mutation(() => SupportCase, { description: 'A monitoring record; on a closed case, its 終結後の確認' })
  recordMonitoring(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('input', () => MonitoringInput) input: MonitoringInput,
    @Ctx() ctx: Context,
  ) {
    return plans.recordMonitoring(ctx.graph, assertSeesCases(viewerIn(ctx)), caseId, input);
  }

  @Mutation(() => SupportCase, { description: '終結: with its reason and the date of the 終結後の確認' })
  closeCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CloseCaseInput) input: CloseCaseInput,
    @Ctx() ctx: Context,
  ) {
    return service.closeCase(ctx.graph, assertSeesCases(viewerIn(ctx)), id, input);
  }
}
