/** `meetings`, `meetingCase` and `recordMeeting`. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { MeetingInput } from './meeting.input.js';
import { assertSeesMeetings, listMeetings, meetingCase, recordMeeting } from './meeting.service.js';
import { Meeting, MeetingCase } from './meeting.type.js';

@Resolver()
export class MeetingResolver {
  @Query(() => [Meeting], { description: 'The meetings of a council between two dates (both optional), newest first' })
  meetings(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: Context,
  ) {
    return listMeetings(ctx.graph, assertSeesMeetings(viewerIn(ctx)), councilId, from, to);
  }

  @Query(() => MeetingCase, { description: 'A case opened in a meeting: what the meeting’s basis allows' })
  meetingCase(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: Context,
  ) {
    return meetingCase(ctx.graph, assertSeesMeetings(viewerIn(ctx)), meetingId, caseId);
  }

  @Mutation(() => Meeting, { description: 'Records a meeting that was held: basis, attendees, agenda, minutes' })
  recordMeeting(@Arg('input', () => MeetingInput) input: MeetingInput, @Ctx() ctx: Context) {
    return recordMeeting(ctx.graph, viewerIn(ctx), input);
  }
}
