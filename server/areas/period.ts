/**
 * When a hub, organization or council was open: `since` (opened) and `until` (closed), dates YYYY-MM-DD. It is open
 * on a date by the rule a tie is active by (vocabulary/tiePredicates.ts): a resource closed on or before the
 * as-of date is not on the map of that day. Shared by the three concepts' inputs and services.
 */
import { Field, InputType, ObjectType } from 'type-graphql';
import { BadInputError } from '../shared/errors.js';
import { optionalDate } from '../shared/validate.js';
import { endsBeforeItBegins, type TieDates } from '../vocabulary/tiePredicates.js';

/** The dates of a resource as the API returns them (the base of Hub, Organization and Council). */
@ObjectType()
export class Opened {
  @Field(() => String, { nullable: true, description: 'opened on, YYYY-MM-DD; empty: not known' })
  since!: string | null;
  @Field(() => String, { nullable: true, description: 'closed on, YYYY-MM-DD: from that day it is closed' })
  until!: string | null;
}

/** The dates as an input gives them: undefined leaves a stored date, null (or blank) clears it. */
@InputType()
export class PeriodInput {
  @Field(() => String, { nullable: true, description: 'opened on, YYYY-MM-DD; blank clears it' })
  since?: string | null;
  @Field(() => String, { nullable: true, description: 'closed on, YYYY-MM-DD; blank clears it' })
  until?: string | null;
}

export interface Period {
  since?: string | null;
  until?: string | null;
}

/**
 * The dates to store: those given, checked as dates, with a closing not before the opening (the dates stored
 * before standing in for those not given).
 */
export function periodProperties(input: Period, stored: TieDates = {}): Period {
  const out: Period = {};
  if (input.since !== undefined) out.since = optionalDate('since', input.since?.trim());
  if (input.until !== undefined) out.until = optionalDate('until', input.until?.trim());
  const since = out.since !== undefined ? out.since : stored.since;
  const until = out.until !== undefined ? out.until : stored.until;
  if (endsBeforeItBegins({ since, until }))
    throw new BadInputError(`until "${until}" is before since "${since}": a resource closes after it opens`, 'until');
  return out;
}

/** Whether an input changes the dates (so the stored ones must be read to check them together). */
export function changesPeriod(input: Period): boolean {
  return input.since !== undefined || input.until !== undefined;
}
