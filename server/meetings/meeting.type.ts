/** 会議の記録: a meeting of a council, its basis for sharing, who came, the cases on its agenda and what was decided. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CaseParty, CaseStatus, PlanItemStatus } from '../cases/case.type.js';
import { enumOf } from '../shared/enums.js';
import {
  type CaseStatusCode,
  type MeetingBasisCode,
  type MeetingRevisionCode,
  meetingBases,
  meetingRevisions,
  type PlanItemStatusCode,
} from '../vocabulary/caseCodes.js';

export const MeetingBasis = Object.fromEntries(Object.keys(meetingBases.labels).map((code) => [code, code])) as {
  [Code in MeetingBasisCode]: Code;
};
registerEnumType(MeetingBasis, {
  name: 'MeetingBasis',
  description: 'the legal basis on which a meeting shares cases',
  valuesConfig: {
    SUPPORT_MEETING: { description: meetingBases.labels.SUPPORT_MEETING },
    CONSENTED: { description: meetingBases.labels.CONSENTED },
    COUNCIL: { description: meetingBases.labels.COUNCIL },
  },
});

export const MeetingRevision = enumOf(meetingRevisions, 'MeetingRevision');

@ObjectType({ simpleResolvers: true, description: 'A case on a meeting’s agenda, as far as the basis shares it' })
export class AgendaItem {
  @Field(() => ID, { nullable: true, description: 'null when the basis does not share this case' })
  caseId!: string | null;
  @Field(() => Boolean, { description: 'the basis withholds the case: it is only counted' }) withheld!: boolean;
  @Field(() => String, { nullable: true }) decision!: string | null;
  @Field(() => [MeetingRevision], { description: 'what of the case the meeting changed (empty when withheld)' })
  revised!: MeetingRevisionCode[];
}

@ObjectType({ simpleResolvers: true, description: 'A meeting that discussed a case, as the case page lists it' })
export class CaseMeeting {
  @Field(() => ID) meetingId!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => String) councilName!: string;
  @Field(() => String) on!: string;
  @Field(() => MeetingBasis) basis!: MeetingBasisCode;
  @Field(() => String, { nullable: true, description: 'what it decided about the case' }) decision!: string | null;
  @Field(() => [MeetingRevision], { description: 'what of the case it changed' }) revised!: MeetingRevisionCode[];
  @Field(() => Int, { nullable: true, description: 'the plan version it decided, if it revised the plan' })
  planVersion!: number | null;
}

@ObjectType({ simpleResolvers: true, description: '会議: a meeting of a council' })
export class Meeting {
  @Field(() => ID) id!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => String) councilName!: string;
  @Field(() => String) on!: string;
  @Field(() => MeetingBasis) basis!: MeetingBasisCode;
  @Field(() => [CaseParty]) attendees!: CaseParty[];
  @Field(() => [AgendaItem]) agenda!: AgendaItem[];
  @Field(() => String, { nullable: true, description: '議事録' }) minutes!: string | null;
  @Field(() => String, { nullable: true }) nextOn!: string | null;
  @Field(() => String) recordedBy!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An item of the current plan, as a meeting shows it' })
export class MeetingPlanLine {
  @Field(() => Boolean, { description: 'the item is the person’s (or household’s) own' }) bySubject!: boolean;
  @Field(() => CaseParty, { nullable: true, description: 'who does it, as the viewer may see them' })
  who!: CaseParty | null;
  @Field(() => String) what!: string;
  @Field(() => PlanItemStatus) status!: PlanItemStatusCode;
}

@ObjectType({ simpleResolvers: true, description: 'A case as a meeting shows it: what its basis allows, no more' })
export class MeetingCase {
  @Field(() => ID) meetingId!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => CaseParty) subject!: CaseParty;
  @Field(() => CaseStatus) status!: CaseStatusCode;
  @Field(() => String, { nullable: true }) direction!: string | null;
  @Field(() => CaseParty, { nullable: true }) keyPerson!: CaseParty | null;
  @Field(() => [MeetingPlanLine], { description: 'the current plan, item by item' })
  plan!: MeetingPlanLine[];
  @Field(() => String, { nullable: true }) reviewOn!: string | null;
  @Field(() => String, { nullable: true, description: 'what the meeting decided about it' }) decision!: string | null;
}
