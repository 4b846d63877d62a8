/** 今日の仕事: what a coordinator has to do today, in one answer. */
import { Field, ObjectType } from 'type-graphql';
import { MissingLink } from '../analysis/missing-links/missingLink.type.js';
import { SupportCase } from '../cases/case.type.js';
import { ParticipationMatch } from '../matches/match.type.js';
import { Meeting } from '../meetings/meeting.type.js';

@ObjectType({ simpleResolvers: true, description: "今日の仕事: the viewer's own work list" })
export class WorkList {
  @Field(() => String, { description: 'the day it is for' }) today!: string;
  @Field(() => String, { description: 'the last day it looks ahead to (a week)' }) until!: string;
  @Field(() => [SupportCase], { description: 'open cases whose review falls between today and a week on' })
  reviewsDue!: SupportCase[];
  @Field(() => [SupportCase], { description: 'open cases whose review date has passed' })
  reviewsOverdue!: SupportCase[];
  @Field(() => [SupportCase], { description: 'closed cases whose 終結後の確認 is due within a week or late' })
  followUpsDue!: SupportCase[];
  @Field(() => [SupportCase], { description: 'open cases with no キーパーソン' })
  withoutKeyPerson!: SupportCase[];
  @Field(() => [ParticipationMatch], {
    description: '参加支援 matches going on whose next follow-up falls within a week or is late, earliest first',
  })
  matchFollowUpsDue!: ParticipationMatch[];
  @Field(() => [Meeting], {
    description: 'the last meeting of each of the viewer’s councils whose next date falls in the week, with its agenda',
  })
  meetingsThisWeek!: Meeting[];
  @Field(() => [MissingLink], { description: 'findings in the viewer’s areas not there at their last visit' })
  newFindings!: MissingLink[];
  @Field(() => String, { nullable: true, description: 'when the viewer last opened the work list (ISO date-time)' })
  lastVisitAt!: string | null;
}
