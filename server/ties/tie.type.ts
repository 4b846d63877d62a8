/** A tie between two entities of the network, as in docs/DESIGN.md "Ties". */
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A tie: family, informal or formal. An ended tie has `until` in the past and is kept.' })
export class Tie {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description:
      'FAMILY, NEIGHBOR, FRIEND, WATCHES_OVER, PARTICIPATES_IN, SUPPORTS, MEMBER_OF, RUNS, COLLABORATES, REFERS',
  })
  type!: string;
  @Field(() => ID) sourceId!: string;
  @Field(() => ID) targetId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) since!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; the tie is ended from this day' }) until!:
    | string
    | null;
  @Field(() => String, { description: 'STRONG, NORMAL, WEAK or STRAINED (the ecomap line styles)' }) strength!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { description: 'family, informal or formal' }) category!: string;
  @Field(() => Boolean, { description: 'active today' }) active!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "the source's name as the viewer may see it (a person by name or in detail); null for a stand-in",
  })
  sourceName!: string | null;
  @Field(() => String, { nullable: true, description: "the target's name, as sourceName" }) targetName!: string | null;
}
