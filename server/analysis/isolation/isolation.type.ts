/**
 * GraphQL types of the isolation analysis.
 * Plain data: `simpleResolvers` spares each field the middleware chain (requireLogin guards the root fields).
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A person as a finding names them' })
export class PersonRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A person whose social degree is at most the asked maximum (社会的孤立)',
})
export class IsolatedPerson {
  @Field(() => PersonRef) person!: PersonRef;
  @Field(() => Int, { description: 'distinct nodes tied to the person by active ties, outside their household' })
  socialDegree!: number;
  @Field(() => Int, { description: 'distinct nodes reached by active family or informal ties' })
  informalTies!: number;
  @Field(() => Int, { description: 'distinct nodes reached by active formal ties' })
  formalTies!: number;
  @Field(() => [String], { description: 'needs (field codes) no agency of that field serves' })
  unmetNeeds!: string[];
  @Field(() => [String], { description: 'why the person is listed, in Japanese' })
  reasons!: string[];
}
