/** A resident known to the network, shown as far as the viewer's role and the person's consent allow. */
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { Skill } from '../shared/resourceEnums.js';
import type { SkillCode } from '../vocabulary/resourceCodes.js';

export enum PersonAccessLevel {
  DETAILS = 'DETAILS',
  NAME = 'NAME',
  STAND_IN = 'STAND_IN',
}
registerEnumType(PersonAccessLevel, {
  name: 'PersonAccess',
  description:
    'DETAILS: everything; NAME: the name only (COMMUNITY consent, council members); STAND_IN: a stand-in id and nothing else',
});

@ObjectType({ description: 'An id reference to a household' })
export class HouseholdRef {
  @Field(() => ID) id!: string;
}

@ObjectType({ description: '住民: a person known to the network' })
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => PersonAccessLevel, { description: 'how much of this person the viewer may see' })
  access!: PersonAccessLevel;
  @Field(() => String, { nullable: true, description: 'null when the viewer may not see it' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'the reading of the name (よみがな), kana; shown like the name' })
  nameKana!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 80代, 0-5' }) ageBand!: string | null;
  @Field(() => [String], { description: 'RESIDENT, MINSEI_IIN, VOLUNTEER, COORDINATOR, CSW, PROFESSIONAL' })
  roles!: string[];
  @Field(() => [String], { description: 'fields (分野) of need' }) needs!: string[];
  @Field(() => [String]) interests!: string[];
  @Field(() => [Skill], { description: '担い手: what the person can offer (HELPER_MATCH meets it with a hub)' })
  canOffer!: SkillCode[];
  @Field(() => String, { nullable: true, description: 'when they can give it, in their words (e.g. 平日の午前)' })
  offerTime!: string | null;
  @Field(() => String, { nullable: true, description: 'NONE, PROFESSIONALS, COMMUNITY or RESTRICTED (支援措置)' })
  consent!: string | null;
  @Field(() => [String], { description: 'RESTRICTED: the coordinators (usernames) named for the person' })
  restrictedFor!: string[];
  @Field(() => AreaRef, { nullable: true }) area!: AreaRef | null;
  @Field(() => HouseholdRef, { nullable: true }) household!: HouseholdRef | null;
}
