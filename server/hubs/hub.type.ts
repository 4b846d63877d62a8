/** 拠点・居場所: a salon, 通いの場, 子ども食堂, まちの保健室 — a place where people meet. */
import { Field, ID, ObjectType } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { Opened } from '../areas/period.js';
import { enumOf } from '../shared/enums.js';
import { type AudienceCode, audiences } from '../vocabulary/matchCodes.js';

export const Audience = enumOf(audiences, 'Audience');

@ObjectType({ description: '拠点・居場所: a place where people meet' })
export class Hub extends Opened {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. サロン, 子ども食堂, 通いの場' }) kind!: string | null;
  @Field(() => [String], { description: 'what happens there (matched against interests)' }) tags!: string[];
  @Field(() => [Audience], { description: '対象: whom it is for (HUB_MATCH offers it to them only); none: anyone' })
  audience!: AudienceCode[];
  @Field(() => AreaRef, { nullable: true }) area!: AreaRef | null;
}
