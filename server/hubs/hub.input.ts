/** What a hub is created or changed with. */
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A hub; on update, only the fields given change' })
export class HubInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
}
