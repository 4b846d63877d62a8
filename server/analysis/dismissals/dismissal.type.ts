/** 保留: a finding a coordinator set aside, with the reason and the day it comes back by itself. */
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { type DismissReasonCode, dismissReasons } from '../../vocabulary/caseCodes.js';
import { MissingLinkKind } from '../missing-links/missingLink.type.js';

export const DismissReason = Object.fromEntries(Object.keys(dismissReasons.labels).map((code) => [code, code])) as {
  [Code in DismissReasonCode]: Code;
};
registerEnumType(DismissReason, {
  name: 'DismissReason',
  description: 'why a finding is set aside',
  valuesConfig: {
    PERSON_DECLINES: { description: dismissReasons.labels.PERSON_DECLINES },
    HANDLED: { description: dismissReasons.labels.HANDLED },
    NOT_APPLICABLE: { description: dismissReasons.labels.NOT_APPLICABLE },
  },
});

@ObjectType({ simpleResolvers: true, description: '保留中: a finding set aside until its revisit date' })
export class DismissedFinding {
  @Field(() => MissingLinkKind) kind!: MissingLinkKind;
  @Field(() => [ID]) subjectIds!: string[];
  @Field(() => String, { nullable: true, description: 'the field of an UNMET_NEED' }) field!: string | null;
  @Field(() => String, { description: 'the finding as it read when it was set aside' }) explanation!: string;
  @Field(() => DismissReason) reason!: DismissReasonCode;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD: from this day the finding is shown again' }) revisitOn!: string;
  @Field(() => String) dismissedBy!: string;
  @Field(() => String, { description: 'ISO date-time' }) dismissedAt!: string;
}
