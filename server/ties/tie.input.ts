/** What a client sends to make or change a tie. */
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class TieInput {
  @Field(() => ID) sourceId!: string;
  @Field(() => ID) targetId!: string;
  @Field(() => String, { description: 'a tie type, as code or Japanese label (見守り …)' }) type!: string;
  @Field(() => String, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) until?: string | null;
  @Field(() => String, { nullable: true, description: 'STRONG, NORMAL (default), WEAK or STRAINED' })
  strength?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Only the fields given change; "" clears a date or the note' })
export class TieUpdate {
  @Field(() => String, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) until?: string | null;
  @Field(() => String, { nullable: true }) strength?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
