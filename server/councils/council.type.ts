/** 協議体・会議: a council that organizations and people sit on (MEMBER_OF ties), covering areas. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { Opened } from '../areas/period.js';

@ObjectType({ description: '協議体・会議: a council, meeting or conference' })
export class Council extends Opened {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. 協議体, 地域ケア会議, 要保護児童対策地域協議会' })
  kind!: string | null;
  @Field(() => Int, { nullable: true, description: 'the tier it works at: 1, 2 or 3' }) tier!: number | null;
  @Field(() => [AreaRef], { description: 'the areas it covers' }) covers!: AreaRef[];
}
