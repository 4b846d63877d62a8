/** 拠点・居場所: a salon, 通いの場, 子ども食堂, まちの保健室 — a place where people meet. */
import { Field, ID, ObjectType } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';

@ObjectType({ description: '拠点・居場所: a place where people meet' })
export class Hub {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. サロン, 子ども食堂, 通いの場' }) kind!: string | null;
  @Field(() => [String], { description: 'what happens there (matched against interests)' }) tags!: string[];
  @Field(() => AreaRef, { nullable: true }) area!: AreaRef | null;
}
