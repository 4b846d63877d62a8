/** What a council is created or changed with. */
import { Field, ID, InputType, Int } from 'type-graphql';
import { PeriodInput } from '../areas/period.js';

@InputType({ description: 'A council; on update, only the fields given change' })
export class CouncilInput extends PeriodInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => Int, { nullable: true }) tier?: number | null;
  @Field(() => [ID], { nullable: true }) covers?: string[] | null;
}
