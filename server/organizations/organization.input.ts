/** What an organization is created or changed with. */
import { Field, ID, InputType } from 'type-graphql';
import { PeriodInput } from '../areas/period.js';

@InputType({ description: 'An organization; on update, only the fields given change' })
export class OrganizationInput extends PeriodInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => [String], { nullable: true, description: 'codes or Japanese labels' }) fields?: string[] | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
  @Field(() => [ID], { nullable: true }) serves?: string[] | null;
}
