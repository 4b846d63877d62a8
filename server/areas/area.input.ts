/** What a client sends to create or change an area. */
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class AreaInput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) tier!: number;
  @Field(() => ID, { nullable: true, description: 'required for tiers 2 and 3; absent for tier 1' })
  parentId?: string | null;
  @Field(() => Int, { nullable: true }) population?: number | null;
  @Field(() => Int, { nullable: true }) households?: number | null;
  @Field(() => Int, { nullable: true }) elderly?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'its place among its siblings in the municipality’s order (areaOrder.ts); after them when absent',
  })
  sortOrder?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "a municipality's 全国地方公共団体コード: six digits, the last its check digit",
  })
  code?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'the 町字ID (アドレス・ベース・レジストリ, seven digits) of a smaller area',
  })
  machiazaIds?: string[] | null;
}

@InputType()
export class AreaUpdate {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Int, { nullable: true }) population?: number | null;
  @Field(() => Int, { nullable: true }) households?: number | null;
  @Field(() => Int, { nullable: true }) elderly?: number | null;
  @Field(() => Int, { nullable: true, description: 'its place among its siblings in the municipality’s order' })
  sortOrder?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "a municipality's 全国地方公共団体コード: six digits, the last its check digit",
  })
  code?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'the 町字ID (アドレス・ベース・レジストリ, seven digits) of a smaller area',
  })
  machiazaIds?: string[] | null;
}
