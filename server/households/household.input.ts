/** What a household is created or changed with. */
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A household; on update, only the fields given change' })
export class HouseholdInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
}
