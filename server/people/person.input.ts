/** What a client sends to create or change a person. */
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class PersonInput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'the reading of the name (よみがな), kana only' })
  nameKana?: string | null;
  @Field(() => ID) areaId!: string;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => String, { nullable: true }) ageBand?: string | null;
  @Field(() => [String], { nullable: true, description: 'codes or Japanese labels; RESIDENT when empty' })
  roles?: string[] | null;
  @Field(() => [String], { nullable: true }) needs?: string[] | null;
  @Field(() => [String], { nullable: true }) interests?: string[] | null;
  @Field(() => [String], { nullable: true, description: '担い手: skill codes or Japanese labels' })
  canOffer?: string[] | null;
  @Field(() => String, { nullable: true, description: 'when they can offer it; "" removes it' })
  offerTime?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'NONE (default), PROFESSIONALS, COMMUNITY or RESTRICTED (ADMIN only)',
  })
  consent?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'RESTRICTED: the coordinators (usernames) who may see them; ADMIN only',
  })
  restrictedFor?: string[] | null;
}

@InputType({ description: 'Only the fields given change; householdId "" leaves the household' })
export class PersonUpdate {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'kana only; "" removes it' }) nameKana?: string | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => String, { nullable: true }) ageBand?: string | null;
  @Field(() => [String], { nullable: true }) roles?: string[] | null;
  @Field(() => [String], { nullable: true }) needs?: string[] | null;
  @Field(() => [String], { nullable: true }) interests?: string[] | null;
  @Field(() => [String], { nullable: true, description: '担い手: skill codes or Japanese labels' })
  canOffer?: string[] | null;
  @Field(() => String, { nullable: true, description: 'when they can offer it; "" removes it' })
  offerTime?: string | null;
  @Field(() => String, { nullable: true, description: 'RESTRICTED, or lifting it, is for ADMIN only' })
  consent?: string | null;
  @Field(() => [String], { nullable: true, description: 'ADMIN only' }) restrictedFor?: string[] | null;
}
