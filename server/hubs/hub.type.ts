/** 拠点・居場所: a salon, 通いの場, 子ども食堂, まちの保健室 — a place where people meet. */
import { Field, ID, ObjectType } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { Opened } from '../areas/period.js';
import { enumOf } from '../shared/enums.js';
import { HubFunction, HubOperator, Skill, Weekday } from '../shared/resourceEnums.js';
import { type AudienceCode, audiences } from '../vocabulary/matchCodes.js';
import type { HubFunctionCode, HubOperatorCode, SkillCode, WeekdayCode } from '../vocabulary/resourceCodes.js';

export const Audience = enumOf(audiences, 'Audience');

@ObjectType({ description: '拠点・居場所: a place where people meet' })
export class Hub extends Opened {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. サロン, 子ども食堂, 通いの場' }) kind!: string | null;
  @Field(() => [String], { description: 'what happens there (matched against interests)' }) tags!: string[];
  @Field(() => [Audience], { description: '対象: whom it is for (HUB_MATCH offers it to them only); none: anyone' })
  audience!: AudienceCode[];
  @Field(() => HubOperator, { nullable: true, description: '運営形態: how it is run' })
  operator!: HubOperatorCode | null;
  @Field(() => [Weekday], { description: '曜日: the days it is open, Monday first; none: not known' })
  openDays!: WeekdayCode[];
  @Field(() => String, { nullable: true, description: 'its hours, in its own words (e.g. 10:00〜15:00, 第2土曜)' })
  openHours!: string | null;
  @Field(() => [HubFunction], { description: '機能: what it does (相談, 居場所, 見守り, ネットワーク)' })
  functions!: HubFunctionCode[];
  @Field(() => Boolean, { description: 'なんでも相談: a point where any worry may be brought' })
  consultationPoint!: boolean;
  @Field(() => [Skill], { description: 'the help it wants (担い手), met with what people can offer' })
  helpWanted!: SkillCode[];
  @Field(() => AreaRef, { nullable: true }) area!: AreaRef | null;
}
