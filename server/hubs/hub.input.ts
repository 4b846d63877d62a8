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
  @Field(() => String, { nullable: true, description: '運営形態: a code or its Japanese label; "" removes it' })
  operator?: string | null;
  @Field(() => [String], { nullable: true, description: '曜日: codes or Japanese labels (月, 火曜 …)' })
  openDays?: string[] | null;
  @Field(() => String, { nullable: true, description: 'hours in its own words; "" removes them' })
  openHours?: string | null;
  @Field(() => [String], { nullable: true, description: '機能: codes or Japanese labels' }) functions?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'なんでも相談' }) consultationPoint?: boolean | null;
  @Field(() => [String], { nullable: true, description: '担い手 wanted: skill codes or Japanese labels' })
  helpWanted?: string[] | null;
}
