/**
 * Counts of people and the rates made from them, as GraphQL types: small ones are masked for some roles
 * (server/auth/smallCounts.ts decides), so a count is an object that says whether it is, not a bare Int.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { MaskedCount, MaskedRate } from '../auth/smallCounts.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A count of people; under 5 it is 「5未満」 for PLANNER and COUNCIL_MEMBER',
})
export class Count implements MaskedCount {
  @Field(() => Int, { nullable: true, description: 'null when masked' }) value!: number | null;
  @Field(() => Boolean, { description: 'the count is under 5 and the viewer sees only that' }) masked!: boolean;
  @Field(() => String, { description: 'the number in digits, or 「5未満」' }) text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A rate made from counts of people; masked when one of them is' })
export class Rate implements MaskedRate {
  @Field(() => Float, { nullable: true, description: 'null when masked or when there is nothing to divide by' })
  value!: number | null;
  @Field(() => Boolean, { description: 'a count it is made from is masked, so it is too' }) masked!: boolean;
}
