/** The audit log as the API shows it: events for ADMIN, a person's viewers for their coordinator, the chain's state. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditKindCode {
  DISCLOSURE = 'DISCLOSURE',
  CHANGE = 'CHANGE',
  LOGIN = 'LOGIN',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGOUT = 'LOGOUT',
  REFUSAL = 'REFUSAL',
  ACCOUNT = 'ACCOUNT',
}
registerEnumType(AuditKindCode, {
  name: 'AuditKind',
  description:
    'DISCLOSURE of people, CHANGE of data, LOGIN, LOGIN_FAILED, LOGOUT, REFUSAL of an operation, ACCOUNT changes',
});

@ObjectType({ description: 'One field of a change; before and after as JSON text (null: the field was empty)' })
export class AuditChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'One entry of the append-only, hash-chained audit log' })
export class AuditEvent {
  @Field(() => Int, { description: 'position in the chain, from 1' }) seq!: number;
  @Field(() => String, { description: 'when, as ISO 8601 date and time' }) at!: string;
  @Field(() => AuditKindCode) kind!: AuditKindCode;
  @Field(() => String, { description: 'the operation or step, e.g. network, updatePerson, login' }) action!: string;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true, description: "the client's address" }) address!: string | null;
  @Field(() => [ID], { description: 'the people disclosed or changed' }) personIds!: string[];
  @Field(() => String, { nullable: true, description: 'DISCLOSURE: DETAILS or NAME' }) level!: string | null;
  @Field(() => String, { nullable: true, description: 'CHANGE: the label of what changed' }) entity!: string | null;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => [AuditChange], { description: 'CHANGE: field by field, before → after' }) changes!: AuditChange[];
  @Field(() => String, { nullable: true, description: 'REFUSAL, LOGIN_FAILED: what was refused and why' })
  message!: string | null;
  @Field(() => String, { description: 'the hash of the event before (empty for the first)' }) prev!: string;
  @Field(() => String) hash!: string;
}

@ObjectType({ description: '閲覧履歴: one time someone was shown this person' })
export class PersonAuditEntry {
  @Field(() => String) at!: string;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String, { nullable: true, description: 'DETAILS or NAME' }) level!: string | null;
}

@ObjectType({
  description: 'Whether the chain of audit events holds: every hash recomputes and links to the one before',
})
export class AuditIntegrity {
  @Field(() => Boolean) holds!: boolean;
  @Field(() => Int, { description: 'events walked' }) checked!: number;
  @Field(() => Int, { description: "the head's sequence number: how many events the chain should hold" })
  headSeq!: number;
  @Field(() => Int, { nullable: true, description: 'the first sequence number that is changed, missing or mislinked' })
  firstBrokenSeq!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'HASH (changed), LINK (prev differs), MISSING, EXTRA_PROPERTY, HEAD',
  })
  reason!: string | null;
  @Field(() => Int, { description: 'events with no sequence number: made before the chain, or around the application' })
  unchainedEvents!: number;
}
