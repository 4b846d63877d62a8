/** What a meeting is recorded with. */
import { Field, ID, InputType } from 'type-graphql';
import type { MeetingBasisCode } from '../vocabulary/caseCodes.js';
import { MeetingBasis } from './meeting.type.js';

@InputType({ description: 'A case discussed, and what was decided' })
export class AgendaInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { nullable: true }) decision?: string | null;
}

@InputType({ description: 'A meeting of a council' })
export class MeetingInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not after today' }) on!: string;
  @Field(() => MeetingBasis) basis!: MeetingBasisCode;
  @Field(() => [ID], { nullable: true, description: 'people and organizations who attended' })
  attendeeIds?: string[] | null;
  @Field(() => [AgendaInput], { nullable: true }) agenda?: AgendaInput[] | null;
  @Field(() => String, { nullable: true }) minutes?: string | null;
  @Field(() => String, { nullable: true }) nextOn?: string | null;
}
