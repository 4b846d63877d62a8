/** 支援関係機関: an agency, a division of the city, an NPO, a company, a hospital, a school… */
import { Field, ID, ObjectType } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { Opened } from '../areas/period.js';

@ObjectType({ description: '支援関係機関: an organization of the support network' })
export class Organization extends Opened {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "in the municipality's own words, e.g. 地域包括支援センター" })
  kind!: string | null;
  @Field(() => [String], { description: 'fields (分野) it works in' }) fields!: string[];
  @Field(() => AreaRef, { nullable: true, description: 'where it is located' }) area!: AreaRef | null;
  @Field(() => [AreaRef], { description: 'the areas it serves' }) serves!: AreaRef[];
}
