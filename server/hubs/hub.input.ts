/** What a hub is created or changed with. */
import { Field, ID, InputType } from 'type-graphql';
import { PeriodInput } from '../areas/period.js';
import type { AudienceCode } from '../vocabulary/matchCodes.js';
import { Audience } from './hub.type.js';

@InputType({ description: 'A hub; on update, only the fields given change' })
export class HubInput extends PeriodInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => [Audience], { nullable: true, description: '対象; empty: anyone' }) audience?: AudienceCode[] | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
}
