/** An area of one of the three tiers: municipality, 日常生活圏域, neighbourhood. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Count } from '../shared/count.type.js';

@ObjectType({ description: 'An id reference to another area' })
export class AreaRef {
  @Field(() => ID) id!: string;
}

@ObjectType({ description: '第1層 (municipality), 第2層 (日常生活圏域) or 第3層 (neighbourhood)' })
export class Area {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: '1, 2 or 3' }) tier!: number;
  @Field(() => AreaRef, { nullable: true, description: 'the enclosing area; null for a municipality' })
  parent!: AreaRef | null;
  @Field(() => Int, { nullable: true, description: 'residents by the statistics' }) population!: number | null;
  @Field(() => Int, { nullable: true, description: 'households by the statistics' }) households!: number | null;
  @Field(() => Int, { nullable: true, description: 'residents aged 65 and over by the statistics' })
  elderly!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "the area's place in the municipality's order (areas.csv sort_order, else its row); lists follow it",
  })
  sortOrder!: number | null;
  @Field(() => String, { nullable: true, description: "a municipality's 全国地方公共団体コード (six digits)" })
  code!: string | null;
  @Field(() => [String], { description: 'the 町字ID (アドレス・ベース・レジストリ) the area is made of' })
  machiazaIds!: string[];
  @Field(() => Count, { description: 'people known to the network in this area and below; 「5未満」 for some roles' })
  peopleKnown!: Count;
  @Field(() => Int, {
    description: 'organizations located in or serving this area or an area within it, each once (as in areaReport)',
  })
  organizationCount!: number;
  @Field(() => Int, { description: 'hubs located in this area and below' }) hubCount!: number;
}
