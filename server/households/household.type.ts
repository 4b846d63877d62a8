/** 世帯: people living together; support is planned for the whole household (世帯丸ごと). */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';

@ObjectType({ description: '世帯: a household' })
export class Household {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => AreaRef, { nullable: true }) area!: AreaRef | null;
  @Field(() => Int, { description: 'people who are members' }) memberCount!: number;
}
