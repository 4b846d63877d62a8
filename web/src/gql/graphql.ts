/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What accepting a suggestion recorded, by whom and when */
export type AcceptedSuggestion = {
  __typename?: 'AcceptedSuggestion';
  /** when, as an ISO date-time */
  acceptedAt: Scalars['String']['output'];
  acceptedBy: Scalars['String']['output'];
  /** the support case of the household, opened with those organizations on its team (or joined by them) */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** the case conference (Council) convened, for a household */
  councilId?: Maybe<Scalars['ID']['output']>;
  kind: MissingLinkKind;
  /** the 参加支援 matches started at 本人と相談中 (HUB_MATCH, HELPER_MATCH, FORMAL_ONLY), one per chosen hub */
  matchIds: Array<Scalars['ID']['output']>;
  subjectIds: Array<Scalars['ID']['output']>;
  suggestedIds: Array<Scalars['ID']['output']>;
  /** the ties made */
  tieIds: Array<Scalars['ID']['output']>;
};

/** A case discussed, and what was decided */
export type AgendaInput = {
  caseId: Scalars['ID']['input'];
  decision?: InputMaybe<Scalars['String']['input']>;
};

/** A case on a meeting’s agenda, as far as the basis shares it */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** null when the basis does not share this case */
  caseId?: Maybe<Scalars['ID']['output']>;
  decision?: Maybe<Scalars['String']['output']>;
  /** what of the case the meeting changed (empty when withheld) */
  revised: Array<MeetingRevision>;
  /** the basis withholds the case: it is only counted */
  withheld: Scalars['Boolean']['output'];
};

/** 第1層 (municipality), 第2層 (日常生活圏域) or 第3層 (neighbourhood) */
export type Area = {
  __typename?: 'Area';
  /** a municipality's 全国地方公共団体コード (six digits) */
  code?: Maybe<Scalars['String']['output']>;
  /** residents aged 65 and over by the statistics */
  elderly?: Maybe<Scalars['Int']['output']>;
  /** households by the statistics */
  households?: Maybe<Scalars['Int']['output']>;
  /** hubs located in this area and below */
  hubCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** the 町字ID (アドレス・ベース・レジストリ) the area is made of */
  machiazaIds: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** organizations located in or serving this area or an area within it, each once (as in areaReport) */
  organizationCount: Scalars['Int']['output'];
  /** the enclosing area; null for a municipality */
  parent?: Maybe<AreaRef>;
  /** people known to the network in this area and below; 「5未満」 for some roles */
  peopleKnown: Count;
  /** residents by the statistics */
  population?: Maybe<Scalars['Int']['output']>;
  /** the area's place in the municipality's order (areas.csv sort_order, else its row); lists follow it */
  sortOrder?: Maybe<Scalars['Int']['output']>;
  /** 1, 2 or 3 */
  tier: Scalars['Int']['output'];
};

export type AreaInput = {
  /** a municipality's 全国地方公共団体コード: six digits, the last its check digit */
  code?: InputMaybe<Scalars['String']['input']>;
  elderly?: InputMaybe<Scalars['Int']['input']>;
  households?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** the 町字ID (アドレス・ベース・レジストリ, seven digits) of a smaller area */
  machiazaIds?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** required for tiers 2 and 3; absent for tier 1 */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  population?: InputMaybe<Scalars['Int']['input']>;
  /** its place among its siblings in the municipality’s order (areaOrder.ts); after them when absent */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  tier: Scalars['Int']['input'];
};

/** An id reference to another area */
export type AreaRef = {
  __typename?: 'AreaRef';
  id: Scalars['ID']['output'];
};

/** An area's 地域カルテ: what the network knows of it, in figures */
export type AreaReport = {
  __typename?: 'AreaReport';
  areaId: Scalars['ID']['output'];
  /** the date the figures are for */
  asOf: Scalars['String']['output'];
  /** casework over the 年度 of asOf up to asOf: new cases by route, closings, plans, meetings, follow-ups */
  cases: CaseFigures;
  /** the same for each child area (their own children left empty) */
  children: Array<AreaReport>;
  /** councils covering the area, an area in it or above it */
  councils: Array<CouncilMembers>;
  /** from statistics: residents 65 and over */
  elderly?: Maybe<Scalars['Int']['output']>;
  /** from statistics */
  households?: Maybe<Scalars['Int']['output']>;
  hubs: Scalars['Int']['output'];
  /** most first */
  hubsByKind: Array<KindCount>;
  /** null when the elderly population is not recorded */
  hubsPer1000Elderly?: Maybe<Scalars['Float']['output']>;
  /** people with no active tie outside their household */
  isolated: Count;
  /** isolated / residentsKnown (0 when nobody is known) */
  isolationRate: Rate;
  name?: Maybe<Scalars['String']['output']>;
  /** organizations located in or serving the area or an area in it, each once */
  organizations: Scalars['Int']['output'];
  /** those organizations by field, most first */
  organizationsByField: Array<FieldCount>;
  /** people with at least one need */
  peopleInNeed: Count;
  /** people with a need no agency of its field serves */
  peopleWithUnmetNeeds: Count;
  /** from statistics, as recorded on the area */
  population?: Maybe<Scalars['Int']['output']>;
  /** people known to the network who live in the area */
  residentsKnown: Count;
  /** hubs, organizations and councils opened or closed in the year up to asOf (the year-on-year change) */
  resourceChanges: ResourceChanges;
  tier?: Maybe<Scalars['Int']['output']>;
  /** organizations and hubs on no council of their area (UNAFFILIATED_RESOURCE) */
  unaffiliatedResources: Scalars['Int']['output'];
  /** people with an unmet need, by field: every field, in a fixed order (one person may count in two) */
  unmetNeedsByField: Array<FieldPeople>;
  /** active watchers per person in need, on average (null when nobody is in need) */
  watchersPerPersonInNeed: Rate;
};

/** What a closed (or partly shown) area box holds, as counts the viewer may see */
export type AreaSummary = {
  __typename?: 'AreaSummary';
  /** councils drawn inside the area (covering it or areas below it) */
  councils: Scalars['Int']['output'];
  /** households located in the area or below */
  households: Count;
  /** hubs located in the area or below */
  hubs: Scalars['Int']['output'];
  /** people with social degree 0 at the as-of date (社会的孤立) */
  isolated: Count;
  /** organizations located in the area or below */
  organizations: Scalars['Int']['output'];
  /** residents known, located in the area or below */
  people: Count;
  /** people with a need no organization of that field supports (制度の狭間) */
  unmetNeeds: Count;
};

export type AreaUpdate = {
  /** a municipality's 全国地方公共団体コード: six digits, the last its check digit */
  code?: InputMaybe<Scalars['String']['input']>;
  elderly?: InputMaybe<Scalars['Int']['input']>;
  households?: InputMaybe<Scalars['Int']['input']>;
  /** the 町字ID (アドレス・ベース・レジストリ, seven digits) of a smaller area */
  machiazaIds?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  population?: InputMaybe<Scalars['Int']['input']>;
  /** its place among its siblings in the municipality’s order */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** audience (対象) */
export type Audience =
  /** 誰でも */
  | 'ANYONE'
  /** 子ども */
  | 'CHILDREN'
  /** 障害のある人 */
  | 'DISABILITY'
  /** 高齢者 */
  | 'ELDERLY'
  /** 子育て世帯 */
  | 'PARENTING';

/** One field of a change; before and after as JSON text (null: the field was empty) */
export type AuditChange = {
  __typename?: 'AuditChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** One entry of the append-only, hash-chained audit log */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** the operation or step, e.g. network, updatePerson, login */
  action: Scalars['String']['output'];
  /** the client's address */
  address?: Maybe<Scalars['String']['output']>;
  /** when, as ISO 8601 date and time */
  at: Scalars['String']['output'];
  /** CHANGE: field by field, before → after */
  changes: Array<AuditChange>;
  /** CHANGE: the label of what changed */
  entity?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['ID']['output']>;
  hash: Scalars['String']['output'];
  kind: AuditKind;
  /** DISCLOSURE: DETAILS or NAME */
  level?: Maybe<Scalars['String']['output']>;
  /** REFUSAL, LOGIN_FAILED: what was refused and why */
  message?: Maybe<Scalars['String']['output']>;
  /** the people disclosed or changed */
  personIds: Array<Scalars['ID']['output']>;
  /** the hash of the event before (empty for the first) */
  prev: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  /** position in the chain, from 1 */
  seq: Scalars['Int']['output'];
  username?: Maybe<Scalars['String']['output']>;
};

/** Whether the chain of audit events holds: every hash recomputes and links to the one before */
export type AuditIntegrity = {
  __typename?: 'AuditIntegrity';
  /** events walked */
  checked: Scalars['Int']['output'];
  /** the first sequence number that is changed, missing or mislinked */
  firstBrokenSeq?: Maybe<Scalars['Int']['output']>;
  /** the head's sequence number: how many events the chain should hold */
  headSeq: Scalars['Int']['output'];
  holds: Scalars['Boolean']['output'];
  /** HASH (changed), LINK (prev differs), MISSING, EXTRA_PROPERTY, HEAD */
  reason?: Maybe<Scalars['String']['output']>;
  /** events with no sequence number: made before the chain, or around the application */
  unchainedEvents: Scalars['Int']['output'];
};

/** DISCLOSURE of people, CHANGE of data, LOGIN, LOGIN_FAILED, LOGOUT, REFUSAL of an operation, ACCOUNT changes */
export type AuditKind =
  | 'ACCOUNT'
  | 'CHANGE'
  | 'DISCLOSURE'
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'LOGOUT'
  | 'REFUSAL';

/** A node through which many shortest paths pass */
export type Broker = {
  __typename?: 'Broker';
  /** betweenness centrality (unnormalised, each unordered pair counted once) */
  betweenness: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
};

/** 支援ケース: support for a person or a household */
export type Case = {
  __typename?: 'Case';
  /** the subject's area */
  areaId?: Maybe<Scalars['ID']['output']>;
  closeNote?: Maybe<Scalars['String']['output']>;
  closeReason?: Maybe<CloseReason>;
  closedOn?: Maybe<Scalars['String']['output']>;
  /** 方針: the agreed direction */
  direction?: Maybe<Scalars['String']['output']>;
  /** when that check was recorded */
  followUpDoneOn?: Maybe<Scalars['String']['output']>;
  /** 終結後の確認: when to check on them after closing */
  followUpOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** キーパーソン now */
  keyPerson?: Maybe<CaseParty>;
  /** every キーパーソン, earliest first */
  keyPersonHistory: Array<KeyPersonTerm>;
  /** the meetings that discussed it, of councils the viewer sits on, newest first */
  meetings: Array<CaseMeeting>;
  /** newest first */
  monitoring: Array<Monitoring>;
  openedBy: Scalars['String']['output'];
  openedOn: Scalars['String']['output'];
  /** the current plan */
  plan?: Maybe<Plan>;
  /** every version, newest first */
  plans: Array<Plan>;
  /** the organization or person that referred it */
  referrer?: Maybe<CaseParty>;
  /** who referred it, in words, when not one of ours */
  referrerNote?: Maybe<Scalars['String']['output']>;
  /** the next review date */
  reviewOn?: Maybe<Scalars['String']['output']>;
  /** 相談経路 */
  route: CaseRoute;
  status: CaseStatus;
  /** the person or household the case is about */
  subject: CaseParty;
  /** the organizations and people working on it */
  team: Array<CaseParty>;
};

/** Casework in the area over the 年度 (from 1 April) of the report date up to that date; a case counts in its subject’s area, and only when its subject exists for the viewer */
export type CaseFigures = {
  __typename?: 'CaseFigures';
  /** those cases by reason: every reason, in a fixed order */
  closedByReason: Array<ReasonCases>;
  /** cases closed (終結) in the period */
  closedCases: Count;
  /** new cases whose route is one of communityRoutes */
  communityCases: Count;
  /** the routes counted as through the community (知人・近隣, 民生委員・地域) */
  communityRoutes: Array<CaseRoute>;
  /** communityCases / newCases (null when there is none) */
  communityShare: Rate;
  /** plans made in the period that were a case's first */
  firstPlans: Count;
  /** the 年度: the year its April falls in */
  fiscalYear: Scalars['Int']['output'];
  /** followUpsOnTime / followUpsDue (null when none was due) */
  followUpOnTimeRate: Rate;
  /** closed cases whose 終結後の確認 date falls in the period */
  followUpsDue: Count;
  /** of those, the ones checked (a record after closing) on or before that date */
  followUpsOnTime: Count;
  /** the first day counted (1 April) */
  from: Scalars['String']['output'];
  /** meetings held in the period by each council the report lists */
  meetingsByCouncil: Array<CouncilMeetings>;
  /** households in the area with two or more members who have a need (on the report date) */
  multiNeedHouseholds: Count;
  /** cases opened in the period */
  newCases: Count;
  /** those cases by 相談経路: every route, in a fixed order */
  newCasesByRoute: Array<RouteCases>;
  /** plans made in the period that revised an earlier one */
  planRevisions: Count;
  /** the last day counted: the report date */
  to: Scalars['String']['output'];
};

/** A meeting that discussed a case, as the case page lists it */
export type CaseMeeting = {
  __typename?: 'CaseMeeting';
  basis: MeetingBasis;
  councilId: Scalars['ID']['output'];
  councilName: Scalars['String']['output'];
  /** what it decided about the case */
  decision?: Maybe<Scalars['String']['output']>;
  meetingId: Scalars['ID']['output'];
  on: Scalars['String']['output'];
  /** the plan version it decided, if it revised the plan */
  planVersion?: Maybe<Scalars['Int']['output']>;
  /** what of the case it changed */
  revised: Array<MeetingRevision>;
};

/** Someone a case names (its subject, a team member, the referrer, the キーパーソン, who does a plan item): a person as the viewer may see them (a stand-in id and no name when not seen by name), a household or an organization */
export type CaseParty = {
  __typename?: 'CaseParty';
  id: Scalars['ID']['output'];
  /** Person, Household or Organization */
  kind: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** route (相談経路) */
export type CaseRoute =
  /** 知人・近隣 */
  | 'ACQUAINTANCE'
  /** 専門機関 */
  | 'AGENCY'
  /** 民生委員・地域 */
  | 'COMMUNITY'
  /** 家族 */
  | 'FAMILY'
  /** 行政 */
  | 'GOVERNMENT'
  /** アウトリーチ */
  | 'OUTREACH'
  /** 本人 */
  | 'SELF';

/** case status */
export type CaseStatus =
  /** プラン実施中 */
  | 'ACTIVE'
  /** アセスメント */
  | 'ASSESSMENT'
  /** 終結 */
  | 'CLOSED'
  /** 受付 */
  | 'INTAKE';

/** How many of the ties a bundled edge stands for are of a category */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** family, informal, formal (or TIE-level undisclosed ties by their category) */
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** 終結: why, when, and when to check on them again */
export type CloseCaseInput = {
  /** default today */
  closedOn?: InputMaybe<Scalars['String']['input']>;
  followUpOn?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reason: CloseReason;
};

/** close reason */
export type CloseReason =
  /** 死亡 */
  | 'DIED'
  /** 目標達成 */
  | 'GOAL_MET'
  /** 他機関へ引継ぎ */
  | 'HANDED_OVER'
  /** 転居 */
  | 'MOVED'
  /** その他 */
  | 'OTHER'
  /** 本人の意思 */
  | 'PERSONS_WISH';

/** A group of nodes more tied among themselves than to the rest (Louvain modularity) */
export type Community = {
  __typename?: 'Community';
  /** numbers the communities of one answer, largest first, from 0 */
  id: Scalars['Int']['output'];
  memberIds: Array<Scalars['ID']['output']>;
  size: Scalars['Int']['output'];
};

/** 協議体・会議: a council, meeting or conference */
export type Council = {
  __typename?: 'Council';
  /** the areas it covers */
  covers: Array<AreaRef>;
  id: Scalars['ID']['output'];
  /** e.g. 協議体, 地域ケア会議, 要保護児童対策地域協議会 */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** opened on, YYYY-MM-DD; empty: not known */
  since?: Maybe<Scalars['String']['output']>;
  /** the tier it works at: 1, 2 or 3 */
  tier?: Maybe<Scalars['Int']['output']>;
  /** closed on, YYYY-MM-DD: from that day it is closed */
  until?: Maybe<Scalars['String']['output']>;
};

/** A council; on update, only the fields given change */
export type CouncilInput = {
  covers?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** opened on, YYYY-MM-DD; blank clears it */
  since?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Scalars['Int']['input']>;
  /** closed on, YYYY-MM-DD; blank clears it */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** A council the report lists and the meetings it held */
export type CouncilMeetings = {
  __typename?: 'CouncilMeetings';
  councilId: Scalars['ID']['output'];
  /** meetings recorded with a date in the period */
  meetings: Scalars['Int']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** A council working in the area and how many of its members are in the area: organizations located in or serving it, people living in it */
export type CouncilMembers = {
  __typename?: 'CouncilMembers';
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** active members that are organizations located in or serving the area (not people: never masked) */
  organizationMembers: Scalars['Int']['output'];
  /** active members that are people living in the area */
  personMembers: Count;
  tier?: Maybe<Scalars['Int']['output']>;
};

/** A count of people; under 5 it is 「5未満」 for PLANNER and COUNCIL_MEMBER */
export type Count = {
  __typename?: 'Count';
  /** the count is under 5 and the viewer sees only that */
  masked: Scalars['Boolean']['output'];
  /** the number in digits, or 「5未満」 */
  text: Scalars['String']['output'];
  /** null when masked */
  value?: Maybe<Scalars['Int']['output']>;
};

/** A person, organization, hub or council whose loss cuts others off (an articulation point), or leaves someone with no tie at all */
export type CutPoint = {
  __typename?: 'CutPoint';
  /** people the loss would separate from the rest of the network */
  cutOff: Count;
  /** as the map names the node (a stand-in id for a person not seen in detail) */
  id: Scalars['ID']['output'];
  /** Person, Organization, Hub or Council */
  kind: Scalars['String']['output'];
  /** what the loss would do, as a sentence a council can act on */
  sentence: Scalars['String']['output'];
  /** people who would have no tie at all left, anywhere */
  stranded: Count;
};

/** An area as the resource directory names it */
export type DirectoryArea = {
  __typename?: 'DirectoryArea';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tier: Scalars['Int']['output'];
};

/** A hub in the resource directory: a place to go, what happens there, who runs it */
export type DirectoryHub = {
  __typename?: 'DirectoryHub';
  /** the area it lies in */
  area?: Maybe<DirectoryArea>;
  id: Scalars['ID']['output'];
  /** e.g. サロン, 子ども食堂, 通いの場 */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nameKana?: Maybe<Scalars['String']['output']>;
  /** the organizations running it today (RUNS); a person running a hub is never named here */
  operators: Array<Scalars['String']['output']>;
  /** what happens there */
  tags: Array<Scalars['String']['output']>;
};

/** An organization in the resource directory: where to turn, for what */
export type DirectoryOrganization = {
  __typename?: 'DirectoryOrganization';
  /** where it is located */
  area?: Maybe<DirectoryArea>;
  /** the fields (分野) it works in: what it does */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** in the municipality's own words, e.g. 地域包括支援センター */
  kind?: Maybe<Scalars['String']['output']>;
  /** works in the area (located in or serving it or an area within it, as the 地域カルテ counts); false for one serving only an area above it (a town-wide window) */
  local: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** its よみがな, for the directory’s 五十音 order */
  nameKana?: Maybe<Scalars['String']['output']>;
  /** the areas it serves */
  serves: Array<DirectoryArea>;
};

/** why a finding is set aside */
export type DismissReason =
  /** 対応済み */
  | 'HANDLED'
  /** 該当しない */
  | 'NOT_APPLICABLE'
  /** 本人が希望しない */
  | 'PERSON_DECLINES';

/** 保留中: a finding set aside until its revisit date */
export type DismissedFinding = {
  __typename?: 'DismissedFinding';
  /** ISO date-time */
  dismissedAt: Scalars['String']['output'];
  dismissedBy: Scalars['String']['output'];
  /** the finding as it read when it was set aside */
  explanation: Scalars['String']['output'];
  /** the field of an UNMET_NEED */
  field?: Maybe<Scalars['String']['output']>;
  kind: MissingLinkKind;
  note?: Maybe<Scalars['String']['output']>;
  reason: DismissReason;
  /** YYYY-MM-DD: from this day the finding is shown again */
  revisitOn: Scalars['String']['output'];
  subjectIds: Array<Scalars['ID']['output']>;
};

/** A field (分野) and how many organizations work in it */
export type FieldCount = {
  __typename?: 'FieldCount';
  count: Scalars['Int']['output'];
  field: Scalars['String']['output'];
};

/** A field (分野) and how many people have a need in it no agency meets */
export type FieldPeople = {
  __typename?: 'FieldPeople';
  field: Scalars['String']['output'];
  /** people with an unmet need of this field */
  people: Count;
};

/** What a finding names, as the viewer sees it: only people and households seen in detail are in findings */
export type FindingRef = {
  __typename?: 'FindingRef';
  id: Scalars['ID']['output'];
  /** Person, Household, Organization, Hub, Council or Area */
  kind: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** A follow-up record */
export type FollowUpInput = {
  hostConcerns?: InputMaybe<Scalars['String']['input']>;
  howItGoes: Scalars['String']['input'];
  nextOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, default today */
  on?: InputMaybe<Scalars['String']['input']>;
  who: Scalars['String']['input'];
};

/** 世帯: a household */
export type Household = {
  __typename?: 'Household';
  area?: Maybe<AreaRef>;
  id: Scalars['ID']['output'];
  /** people who are members */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** A household; on update, only the fields given change */
export type HouseholdInput = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An id reference to a household */
export type HouseholdRef = {
  __typename?: 'HouseholdRef';
  id: Scalars['ID']['output'];
};

/** 拠点・居場所: a place where people meet */
export type Hub = {
  __typename?: 'Hub';
  area?: Maybe<AreaRef>;
  /** 対象: whom it is for (HUB_MATCH offers it to them only); none: anyone */
  audience: Array<Audience>;
  /** なんでも相談: a point where any worry may be brought */
  consultationPoint: Scalars['Boolean']['output'];
  /** 機能: what it does (相談, 居場所, 見守り, ネットワーク) */
  functions: Array<HubFunction>;
  /** the help it wants (担い手), met with what people can offer */
  helpWanted: Array<Skill>;
  id: Scalars['ID']['output'];
  /** e.g. サロン, 子ども食堂, 通いの場 */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** 曜日: the days it is open, Monday first; none: not known */
  openDays: Array<Weekday>;
  /** its hours, in its own words (e.g. 10:00〜15:00, 第2土曜) */
  openHours?: Maybe<Scalars['String']['output']>;
  /** 運営形態: how it is run */
  operator?: Maybe<HubOperator>;
  /** opened on, YYYY-MM-DD; empty: not known */
  since?: Maybe<Scalars['String']['output']>;
  /** what happens there (matched against interests) */
  tags: Array<Scalars['String']['output']>;
  /** closed on, YYYY-MM-DD: from that day it is closed */
  until?: Maybe<Scalars['String']['output']>;
};

/** hub function (機能) */
export type HubFunction =
  /** 相談 */
  | 'CONSULTATION'
  /** ネットワーク */
  | 'NETWORK'
  /** 居場所 */
  | 'PLACE'
  /** 見守り */
  | 'WATCH';

/** A hub; on update, only the fields given change */
export type HubInput = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** 対象; empty: anyone */
  audience?: InputMaybe<Array<Audience>>;
  /** なんでも相談 */
  consultationPoint?: InputMaybe<Scalars['Boolean']['input']>;
  /** 機能: codes or Japanese labels */
  functions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 担い手 wanted: skill codes or Japanese labels */
  helpWanted?: InputMaybe<Array<Scalars['String']['input']>>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 曜日: codes or Japanese labels (月, 火曜 …) */
  openDays?: InputMaybe<Array<Scalars['String']['input']>>;
  /** hours in its own words; "" removes them */
  openHours?: InputMaybe<Scalars['String']['input']>;
  /** 運営形態: a code or its Japanese label; "" removes it */
  operator?: InputMaybe<Scalars['String']['input']>;
  /** opened on, YYYY-MM-DD; blank clears it */
  since?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** closed on, YYYY-MM-DD; blank clears it */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** hub operator (運営形態) */
export type HubOperator =
  /** 委託 */
  | 'CONTRACTED'
  /** 直営 */
  | 'DIRECT'
  /** その他 */
  | 'OTHER'
  /** 住民主体 */
  | 'RESIDENT_LED';

/** A person whose social degree is at most the asked maximum (社会的孤立) */
export type IsolatedPerson = {
  __typename?: 'IsolatedPerson';
  /** distinct nodes reached by active formal ties */
  formalTies: Scalars['Int']['output'];
  /** distinct nodes reached by active family or informal ties */
  informalTies: Scalars['Int']['output'];
  person: PersonRef;
  /** why the person is listed, in Japanese */
  reasons: Array<Scalars['String']['output']>;
  /** distinct nodes tied to the person by active ties, outside their household */
  socialDegree: Scalars['Int']['output'];
  /** needs (field codes) no agency of that field serves */
  unmetNeeds: Array<Scalars['String']['output']>;
};

/** What a monitoring saw of one plan item */
export type ItemOutcome = {
  __typename?: 'ItemOutcome';
  itemId: Scalars['ID']['output'];
  outcome: Scalars['String']['output'];
};

/** What a monitoring saw of one item of the current plan */
export type ItemOutcomeInput = {
  itemId: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
};

/** One キーパーソン of a case and when they held it */
export type KeyPersonTerm = {
  __typename?: 'KeyPersonTerm';
  /** the meeting that decided the change (Case.meetings) */
  decidedAt?: Maybe<Scalars['ID']['output']>;
  person: CaseParty;
  since: Scalars['String']['output'];
  /** empty while they hold it */
  until?: Maybe<Scalars['String']['output']>;
};

/** A kind of hub and how many there are */
export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind?: Maybe<Scalars['String']['output']>;
};

/** An entity of the map found by mapSearch, with where it lies */
export type MapSearchHit = {
  __typename?: 'MapSearchHit';
  /** as on the map: never a stand-in (stand-ins are not found by name) */
  id: Scalars['ID']['output'];
  /** Person, Household, Organization, Council or Hub */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** the areas from the map's area down to the one it lies in: the boxes to open, or to draw it in with show */
  path: Array<Scalars['ID']['output']>;
};

/** The map as it was saved, each id as the reader may see it (ids they may not see are left out) */
export type MapViewState = {
  __typename?: 'MapViewState';
  /** the as-of date, YYYY-MM-DD; today when absent */
  asOf?: Maybe<Scalars['String']['output']>;
  filters: ViewFilters;
  /** the focused entity */
  focus?: Maybe<Scalars['ID']['output']>;
  /** people's and households' names replaced by neutral ones on screen */
  neutralLabels: Scalars['Boolean']['output'];
  /** the opened area boxes */
  open: Array<Scalars['ID']['output']>;
  /** entities drawn inside closed boxes (search results, findings) */
  show: Array<Scalars['ID']['output']>;
};

export type MapViewStateInput = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  filters: ViewFiltersInput;
  focus?: InputMaybe<Scalars['ID']['input']>;
  neutralLabels?: Scalars['Boolean']['input'];
  open?: Array<Scalars['ID']['input']>;
  show?: Array<Scalars['ID']['input']>;
};

/** 参加支援: a person matched to a place that takes them in */
export type Match = {
  __typename?: 'Match';
  /** the person's area */
  areaId?: Maybe<Scalars['ID']['output']>;
  /** 終結 or 本人辞退: the tie ends on it */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** newest first */
  followUps: Array<MatchFollowUp>;
  id: Scalars['ID']['output'];
  /** the next follow-up due, while the match goes on */
  nextFollowUpOn?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  person: MatchPerson;
  place: MatchPlace;
  /** the day it was proposed (the match began) */
  proposedOn: Scalars['String']['output'];
  role: MatchRole;
  stage: MatchStage;
  /** 参加開始: the tie to the place begins on it */
  startedOn?: Maybe<Scalars['String']['output']>;
  /** every stage reached, earliest first */
  steps: Array<MatchStep>;
  /** the finding it was taken up from (HUB_MATCH) */
  suggestedAs?: Maybe<Scalars['String']['output']>;
  /** the PARTICIPATES_IN tie made at 参加開始 */
  tieId?: Maybe<Scalars['ID']['output']>;
};

/** フォローアップ: how it is going, seen on a day */
export type MatchFollowUp = {
  __typename?: 'MatchFollowUp';
  /** the host's worries (受け入れ先の心配ごと) */
  hostConcerns?: Maybe<Scalars['String']['output']>;
  /** how it is going for the person */
  howItGoes: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** the next follow-up */
  nextOn?: Maybe<Scalars['String']['output']>;
  on: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
  /** who looked (their words) */
  who: Scalars['String']['output'];
};

/** The person a match is for (seen in detail, or no match is shown) */
export type MatchPerson = {
  __typename?: 'MatchPerson';
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** The place a match is to: a hub or an organization */
export type MatchPlace = {
  __typename?: 'MatchPlace';
  id: Scalars['ID']['output'];
  /** Hub or Organization */
  kind: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** match role */
export type MatchRole =
  /** ボランティア・担い手 */
  | 'HELPER'
  /** 参加者 */
  | 'PARTICIPANT'
  /** スタッフ */
  | 'STAFF'
  /** 講師 */
  | 'TEACHER'
  /** 就労体験 */
  | 'WORK_EXPERIENCE';

/** match stage */
export type MatchStage =
  /** 本人辞退 */
  | 'DECLINED'
  /** 本人と相談中 */
  | 'DISCUSSING'
  /** 終結 */
  | 'ENDED'
  /** 提案 */
  | 'PROPOSED'
  /** 定着 */
  | 'SETTLED'
  /** 参加開始 */
  | 'STARTED';

/** A stage a match reached, on which day, written by whom */
export type MatchStep = {
  __typename?: 'MatchStep';
  by: Scalars['String']['output'];
  on: Scalars['String']['output'];
  stage: MatchStage;
};

/** The user behind the token */
export type Me = {
  __typename?: 'Me';
  /** areas whose subtrees this user works in (empty for ADMIN: all) */
  areaIds: Array<Scalars['String']['output']>;
  role: UserRole;
  username: Scalars['String']['output'];
};

/** 会議: a meeting of a council */
export type Meeting = {
  __typename?: 'Meeting';
  agenda: Array<AgendaItem>;
  attendees: Array<CaseParty>;
  basis: MeetingBasis;
  councilId: Scalars['ID']['output'];
  councilName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 議事録 */
  minutes?: Maybe<Scalars['String']['output']>;
  nextOn?: Maybe<Scalars['String']['output']>;
  on: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
};

/** the legal basis on which a meeting shares cases */
export type MeetingBasis =
  /** 重層的支援会議・地域ケア会議（本人同意） */
  | 'CONSENTED'
  /** 協議体（地域で共有の同意のみ） */
  | 'COUNCIL'
  /** 支援会議（社会福祉法106条の6） */
  | 'SUPPORT_MEETING';

/** A case as a meeting shows it: what its basis allows, no more */
export type MeetingCase = {
  __typename?: 'MeetingCase';
  caseId: Scalars['ID']['output'];
  /** what the meeting decided about it */
  decision?: Maybe<Scalars['String']['output']>;
  direction?: Maybe<Scalars['String']['output']>;
  keyPerson?: Maybe<CaseParty>;
  meetingId: Scalars['ID']['output'];
  /** the current plan, item by item */
  plan: Array<MeetingPlanLine>;
  reviewOn?: Maybe<Scalars['String']['output']>;
  status: CaseStatus;
  subject: CaseParty;
};

/** A meeting of a council */
export type MeetingInput = {
  agenda?: InputMaybe<Array<AgendaInput>>;
  /** people and organizations who attended */
  attendeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  basis: MeetingBasis;
  councilId: Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
  nextOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not after today */
  on: Scalars['String']['input'];
};

/** An item of the current plan, as a meeting shows it */
export type MeetingPlanLine = {
  __typename?: 'MeetingPlanLine';
  /** the item is the person’s (or household’s) own */
  bySubject: Scalars['Boolean']['output'];
  status: PlanItemStatus;
  what: Scalars['String']['output'];
  /** who does it, as the viewer may see them */
  who?: Maybe<CaseParty>;
};

/** meeting revision */
export type MeetingRevision =
  /** 方針を変更 */
  | 'DIRECTION'
  /** キーパーソンを変更 */
  | 'KEY_PERSON'
  /** プランを改訂 */
  | 'PLAN'
  /** チームを変更 */
  | 'TEAM';

/** A link the network lacks, what it is about and what would make it */
export type MissingLink = {
  __typename?: 'MissingLink';
  /** the finding as a sentence a coordinator can read out in a meeting */
  explanation: Scalars['String']['output'];
  /** the field (分野) of an UNMET_NEED */
  field?: Maybe<Scalars['String']['output']>;
  kind: MissingLinkKind;
  /** how much the finding matters, 0 to 1; findings come highest first */
  score: Scalars['Float']['output'];
  /** the person, the household, the organization or hub, or (NO_CONSULTATION_POINT) the area the finding is about */
  subjectIds: Array<Scalars['ID']['output']>;
  /** subjectIds with their names, in the same order */
  subjects: Array<FindingRef>;
  /** suggestedIds with their names, in the same order */
  suggested: Array<FindingRef>;
  /** what to link them with, best first; empty when nothing fits (資源開発) */
  suggestedIds: Array<Scalars['ID']['output']>;
};

/** The kinds of missing link of docs/DESIGN.md "The analyses" */
export type MissingLinkKind =
  /** 関係性の貧困: a person whose every tie is to professionals or organizations, none informal */
  | 'FORMAL_ONLY'
  /** a person who can offer (担い手) what a hub of their area wants help with */
  | 'HELPER_MATCH'
  /** an isolated person and a hub matching their interests (参加支援) */
  | 'HUB_MATCH'
  /** a tier-3 area with no open なんでも相談 point; the subject is the area, the suggestions its hubs */
  | 'NO_CONSULTATION_POINT'
  /** people whose every tie goes through one person, organization, hub or council (a second link to suggest) */
  | 'SINGLE_POINT'
  /** an organization or hub on no council of its area */
  | 'UNAFFILIATED_RESOURCE'
  /** a household supported by agencies that do not work together */
  | 'UNCOORDINATED_HOUSEHOLD'
  /** a need no agency of its field serves (制度の狭間); no suggestion: a resource to develop */
  | 'UNMET_NEED'
  /** a person with a need and nobody watching over them */
  | 'WATCH_GAP';

/** モニタリング: a dated record of what was seen, with the next review */
export type Monitoring = {
  __typename?: 'Monitoring';
  /** recorded after the case closed: its 終結後の確認 */
  followUp: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  nextReviewOn?: Maybe<Scalars['String']['output']>;
  on: Scalars['String']['output'];
  outcomes: Array<ItemOutcome>;
  recordedBy: Scalars['String']['output'];
  seen: Scalars['String']['output'];
  /** who looked (their words) */
  who: Scalars['String']['output'];
};

/** A monitoring record (after closing: the 終結後の確認) */
export type MonitoringInput = {
  nextReviewOn?: InputMaybe<Scalars['String']['input']>;
  /** default today */
  on?: InputMaybe<Scalars['String']['input']>;
  outcomes?: InputMaybe<Array<ItemOutcomeInput>>;
  seen: Scalars['String']['input'];
  who: Scalars['String']['input'];
};

/** The next stage of a match, and when it was reached */
export type MoveMatchInput = {
  /** the next follow-up; at 参加開始 two weeks on unless given */
  nextFollowUpOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, default today */
  on?: InputMaybe<Scalars['String']['input']>;
  stage: MatchStage;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records that a suggestion was taken up: the ties it suggested (or, for a household, a case conference; for HUB_MATCH, a 参加支援 match at 本人と相談中 per chosen hub, the tie coming at 参加開始), beginning today, with who accepted it and when; the finding then disappears */
  acceptSuggestion: AcceptedSuggestion;
  /** Changes the password of the logged-in user; every older token ends, and a new one is returned */
  changePassword: Scalars['String']['output'];
  /** Sets a user's role and areas; their next request already sees the new ones */
  changeUserAccess: User;
  /** 終結: with its reason and the date of the 終結後の確認 */
  closeCase: Case;
  createArea: Area;
  createCouncil: Council;
  createHousehold: Household;
  createHub: Hub;
  createOrganization: Organization;
  createPerson: Person;
  createTie: Tie;
  createUser: User;
  /** Deletes an area that holds nothing */
  deleteArea: Scalars['Boolean']['output'];
  /** Deletes a council and its memberships */
  deleteCouncil: Scalars['Boolean']['output'];
  /** Deletes a household; its members stay, in no household */
  deleteHousehold: Scalars['Boolean']['output'];
  /** Deletes a hub and its ties */
  deleteHub: Scalars['Boolean']['output'];
  /** Deletes an organization and its ties */
  deleteOrganization: Scalars['Boolean']['output'];
  /** Deletes a person and their ties */
  deletePerson: Scalars['Boolean']['output'];
  /** Deletes a tie recorded by mistake (an ended tie is kept, with `until`) */
  deleteTie: Scalars['Boolean']['output'];
  /** Deletes a saved view: its owner, or ADMIN */
  deleteView: Scalars['Boolean']['output'];
  /** Disables a user: they cannot log in, and their tokens stop working at once */
  disableUser: User;
  /** Sets a finding aside with a reason until revisitOn (after today); it then comes back by itself */
  dismissFinding: DismissedFinding;
  /** Lets a disabled user log in again (their old tokens stay ended) */
  enableUser: User;
  /** A bearer token for the Authorization header, valid for 12 hours. Failed logins are throttled per username and per address (TOO_MANY_ATTEMPTS) */
  login: Scalars['String']['output'];
  /** Ends this token at once (other sessions of the user go on) */
  logout: Scalars['Boolean']['output'];
  /** Moves a match on one stage: 提案 → 本人と相談中 → 参加開始 (the tie begins) → 定着 → 終結, or 本人辞退 */
  moveMatch: Match;
  /** Opens a case (受付) for a person or household with no open case */
  openCase: Case;
  /** 提案: matches a person to a hub or an organization */
  proposeMatch: Match;
  /** A follow-up record: how it is going, the host’s worries */
  recordMatchFollowUp: Match;
  /** Records a meeting that was held: basis, attendees, agenda, minutes */
  recordMeeting: Meeting;
  /** A monitoring record; on a closed case, its 終結後の確認 */
  recordMonitoring: Case;
  /** Sets a user's password (at least 10 characters) and ends their tokens */
  resetPassword: Scalars['Boolean']['output'];
  /** A new version of the plan; the old ones are kept */
  revisePlan: Case;
  /** Saves a new view (without id) or changes one of your own */
  saveView: SavedView;
  updateArea: Area;
  /** Changes an open case: status, route, team, キーパーソン, 方針, review */
  updateCase: Case;
  updateCouncil: Council;
  updateHousehold: Household;
  updateHub: Hub;
  updateOrganization: Organization;
  updatePerson: Person;
  /** Changes dates, strength or note; to end a tie, set `until` */
  updateTie: Tie;
};


export type MutationAcceptSuggestionArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
  kind: MissingLinkKind;
  note?: InputMaybe<Scalars['String']['input']>;
  subjectIds: Array<Scalars['ID']['input']>;
  suggestedIds: Array<Scalars['ID']['input']>;
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationChangeUserAccessArgs = {
  areaIds: Array<Scalars['ID']['input']>;
  role: UserRole;
  username: Scalars['String']['input'];
};


export type MutationCloseCaseArgs = {
  id: Scalars['ID']['input'];
  input: CloseCaseInput;
};


export type MutationCreateAreaArgs = {
  input: AreaInput;
};


export type MutationCreateCouncilArgs = {
  id: Scalars['ID']['input'];
  input: CouncilInput;
};


export type MutationCreateHouseholdArgs = {
  id: Scalars['ID']['input'];
  input: HouseholdInput;
};


export type MutationCreateHubArgs = {
  id: Scalars['ID']['input'];
  input: HubInput;
};


export type MutationCreateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: OrganizationInput;
};


export type MutationCreatePersonArgs = {
  input: PersonInput;
};


export type MutationCreateTieArgs = {
  input: TieInput;
};


export type MutationCreateUserArgs = {
  input: UserInput;
};


export type MutationDeleteAreaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteHubArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTieArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableUserArgs = {
  username: Scalars['String']['input'];
};


export type MutationDismissFindingArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
  kind: MissingLinkKind;
  note?: InputMaybe<Scalars['String']['input']>;
  reason: DismissReason;
  revisitOn: Scalars['String']['input'];
  subjectIds: Array<Scalars['ID']['input']>;
};


export type MutationEnableUserArgs = {
  username: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMoveMatchArgs = {
  id: Scalars['ID']['input'];
  input: MoveMatchInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationProposeMatchArgs = {
  input: ProposeMatchInput;
};


export type MutationRecordMatchFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationRecordMeetingArgs = {
  input: MeetingInput;
};


export type MutationRecordMonitoringArgs = {
  caseId: Scalars['ID']['input'];
  input: MonitoringInput;
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRevisePlanArgs = {
  caseId: Scalars['ID']['input'];
  items: Array<PlanItemInput>;
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveViewArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SavedViewInput;
};


export type MutationUpdateAreaArgs = {
  id: Scalars['ID']['input'];
  input: AreaUpdate;
};


export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
};


export type MutationUpdateCouncilArgs = {
  id: Scalars['ID']['input'];
  input: CouncilInput;
};


export type MutationUpdateHouseholdArgs = {
  id: Scalars['ID']['input'];
  input: HouseholdInput;
};


export type MutationUpdateHubArgs = {
  id: Scalars['ID']['input'];
  input: HubInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: OrganizationInput;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: PersonUpdate;
};


export type MutationUpdateTieArgs = {
  id: Scalars['ID']['input'];
  input: TieUpdate;
};

export type Network = {
  __typename?: 'Network';
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
};

/** An edge of the map: a tie, or household membership (type MEMBER_OF, category household) */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** active on the as-of date */
  active: Scalars['Boolean']['output'];
  /** a bundle: its ties by category; empty for a single tie */
  categories: Array<CategoryCount>;
  /** family, informal, formal or household */
  category: Scalars['String']['output'];
  /** how many ties this edge stands for: 1 for a tie; for a bundle (type BUNDLE), the ties between two boxes or a box and a node */
  count: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  since?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  /** STRONG, NORMAL, WEAK or STRAINED */
  strength: Scalars['String']['output'];
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  until?: Maybe<Scalars['String']['output']>;
};

/** A node of the map: an area (a box holding others), person, household, organization, council or hub */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** people: age band (with details) */
  ageBand?: Maybe<Scalars['String']['output']>;
  /** a person the viewer may not see by name */
  anonymous: Scalars['Boolean']['output'];
  /** an organization, council or hub outside the area, tied to something inside */
  external: Scalars['Boolean']['output'];
  /** organizations: their fields; people: their needs (empty unless the viewer sees details) */
  fields: Array<Scalars['String']['output']>;
  /** the entity id; an anonymous person has a stand-in id */
  id: Scalars['ID']['output'];
  /** Area, Person, Household, Organization, Council or Hub */
  kind: Scalars['String']['output'];
  /** what to write on the node; 住民 for an anonymous person */
  label: Scalars['String']['output'];
  /** areas: everything inside is on the map (always true without level of detail); false for a closed box, or a box showing only some of its contents (search results, focus, findings) */
  open: Scalars['Boolean']['output'];
  /** the enclosing node: an area, or in an ecomap the household */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** people: their roles (empty when anonymous) */
  roles: Array<Scalars['String']['output']>;
  /** organizations, councils, hubs: their kind in the municipality's words */
  subKind?: Maybe<Scalars['String']['output']>;
  /** areas not open: what they hold */
  summary?: Maybe<AreaSummary>;
  /** hubs: tags; people: interests (with details) */
  tags: Array<Scalars['String']['output']>;
  /** areas and councils: their tier */
  tier?: Maybe<Scalars['Int']['output']>;
};

/** The shape of an area's network, computed by Graph Data Science */
export type NetworkStructure = {
  __typename?: 'NetworkStructure';
  /** people, organizations, hubs and councils whose loss would cut others off */
  articulationPoints: Array<Scalars['ID']['output']>;
  /** edges whose loss would cut the network apart, as id pairs */
  bridges: Array<Array<Scalars['ID']['output']>>;
  /** the nodes of highest betweenness, highest first */
  brokers: Array<Broker>;
  /** largest first */
  communities: Array<Community>;
  /** their sizes, largest first */
  componentSizes: Array<Scalars['Int']['output']>;
  /** connected components */
  components: Scalars['Int']['output'];
  /** what losing each articulation point (or a single point someone hangs on) would do, most cut off first */
  cutPoints: Array<CutPoint>;
  /** pairs of nodes joined by an active tie or household membership */
  edgeCount: Scalars['Int']['output'];
  /** people, households, organizations, hubs and councils in the network */
  nodeCount: Scalars['Int']['output'];
};

/** A new case (受付) */
export type OpenCaseInput = {
  direction?: InputMaybe<Scalars['String']['input']>;
  keyPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, default today */
  openedOn?: InputMaybe<Scalars['String']['input']>;
  referrerId?: InputMaybe<Scalars['ID']['input']>;
  referrerNote?: InputMaybe<Scalars['String']['input']>;
  reviewOn?: InputMaybe<Scalars['String']['input']>;
  route: CaseRoute;
  /** the person or household */
  subjectId: Scalars['ID']['input'];
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** 支援関係機関: an organization of the support network */
export type Organization = {
  __typename?: 'Organization';
  /** where it is located */
  area?: Maybe<AreaRef>;
  /** fields (分野) it works in */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** in the municipality's own words, e.g. 地域包括支援センター */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** the areas it serves */
  serves: Array<AreaRef>;
  /** opened on, YYYY-MM-DD; empty: not known */
  since?: Maybe<Scalars['String']['output']>;
  /** closed on, YYYY-MM-DD: from that day it is closed */
  until?: Maybe<Scalars['String']['output']>;
};

/** An organization; on update, only the fields given change */
export type OrganizationInput = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** codes or Japanese labels */
  fields?: InputMaybe<Array<Scalars['String']['input']>>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  serves?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** opened on, YYYY-MM-DD; blank clears it */
  since?: InputMaybe<Scalars['String']['input']>;
  /** closed on, YYYY-MM-DD; blank clears it */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** 住民: a person known to the network */
export type Person = {
  __typename?: 'Person';
  /** how much of this person the viewer may see */
  access: PersonAccess;
  /** e.g. 80代, 0-5 */
  ageBand?: Maybe<Scalars['String']['output']>;
  area?: Maybe<AreaRef>;
  /** 担い手: what the person can offer (HELPER_MATCH meets it with a hub) */
  canOffer: Array<Skill>;
  /** NONE, PROFESSIONALS, COMMUNITY or RESTRICTED (支援措置) */
  consent?: Maybe<Scalars['String']['output']>;
  household?: Maybe<HouseholdRef>;
  id: Scalars['ID']['output'];
  interests: Array<Scalars['String']['output']>;
  /** null when the viewer may not see it */
  name?: Maybe<Scalars['String']['output']>;
  /** the reading of the name (よみがな), kana; shown like the name */
  nameKana?: Maybe<Scalars['String']['output']>;
  /** fields (分野) of need */
  needs: Array<Scalars['String']['output']>;
  /** when they can give it, in their words (e.g. 平日の午前) */
  offerTime?: Maybe<Scalars['String']['output']>;
  /** RESTRICTED: the coordinators (usernames) named for the person */
  restrictedFor: Array<Scalars['String']['output']>;
  /** RESIDENT, MINSEI_IIN, VOLUNTEER, COORDINATOR, CSW, PROFESSIONAL */
  roles: Array<Scalars['String']['output']>;
};

/** DETAILS: everything; NAME: the name only (COMMUNITY consent, council members); STAND_IN: a stand-in id and nothing else */
export type PersonAccess =
  | 'DETAILS'
  | 'NAME'
  | 'STAND_IN';

/** 閲覧履歴: one time someone was shown this person */
export type PersonAuditEntry = {
  __typename?: 'PersonAuditEntry';
  action: Scalars['String']['output'];
  at: Scalars['String']['output'];
  /** DETAILS or NAME */
  level?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

export type PersonInput = {
  ageBand?: InputMaybe<Scalars['String']['input']>;
  areaId: Scalars['ID']['input'];
  /** 担い手: skill codes or Japanese labels */
  canOffer?: InputMaybe<Array<Scalars['String']['input']>>;
  /** NONE (default), PROFESSIONALS, COMMUNITY or RESTRICTED (ADMIN only) */
  consent?: InputMaybe<Scalars['String']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** the reading of the name (よみがな), kana only */
  nameKana?: InputMaybe<Scalars['String']['input']>;
  needs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** when they can offer it; "" removes it */
  offerTime?: InputMaybe<Scalars['String']['input']>;
  /** RESTRICTED: the coordinators (usernames) who may see them; ADMIN only */
  restrictedFor?: InputMaybe<Array<Scalars['String']['input']>>;
  /** codes or Japanese labels; RESIDENT when empty */
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A person as a finding names them */
export type PersonRef = {
  __typename?: 'PersonRef';
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** Only the fields given change; householdId "" leaves the household */
export type PersonUpdate = {
  ageBand?: InputMaybe<Scalars['String']['input']>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** 担い手: skill codes or Japanese labels */
  canOffer?: InputMaybe<Array<Scalars['String']['input']>>;
  /** RESTRICTED, or lifting it, is for ADMIN only */
  consent?: InputMaybe<Scalars['String']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** kana only; "" removes it */
  nameKana?: InputMaybe<Scalars['String']['input']>;
  needs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** when they can offer it; "" removes it */
  offerTime?: InputMaybe<Scalars['String']['input']>;
  /** ADMIN only */
  restrictedFor?: InputMaybe<Array<Scalars['String']['input']>>;
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 支援プラン: one version; a revision keeps the old ones */
export type Plan = {
  __typename?: 'Plan';
  /** the meeting that decided this version (Case.meetings) */
  decidedAt?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  items: Array<PlanItem>;
  madeBy: Scalars['String']['output'];
  madeOn: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** 1 for the first plan, then one more per revision */
  version: Scalars['Int']['output'];
};

/** One line of a plan: who does what, in which field, until when */
export type PlanItem = {
  __typename?: 'PlanItem';
  /** a field (分野) */
  field?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reviewOn?: Maybe<Scalars['String']['output']>;
  startOn: Scalars['String']['output'];
  status: PlanItemStatus;
  /** the SUPPORTS tie this item made, when it connected someone */
  tieId?: Maybe<Scalars['ID']['output']>;
  what: Scalars['String']['output'];
  who: CaseParty;
};

/** One line of a plan */
export type PlanItemInput = {
  field?: InputMaybe<Scalars['String']['input']>;
  reviewOn?: InputMaybe<Scalars['String']['input']>;
  startOn: Scalars['String']['input'];
  /** default PLANNED */
  status?: InputMaybe<PlanItemStatus>;
  what: Scalars['String']['input'];
  /** the organization or person who does it */
  whoId: Scalars['ID']['input'];
};

/** plan item status */
export type PlanItemStatus =
  /** 達成 */
  | 'DONE'
  /** 実施中 */
  | 'ONGOING'
  /** 予定 */
  | 'PLANNED'
  /** 中止 */
  | 'STOPPED';

/** 提案: a person and a place that might take them in */
export type ProposeMatchInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, default today */
  on?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** a hub or an organization */
  placeId: Scalars['ID']['input'];
  /** default PARTICIPANT */
  role?: InputMaybe<MatchRole>;
};

export type Query = {
  __typename?: 'Query';
  area: Area;
  /** The 地域カルテ of the area and its child areas at asOf (default today): figures only, no person; counts of people under 5 are 「5未満」 for PLANNER and COUNCIL_MEMBER */
  areaReport: AreaReport;
  /** The area beside the other areas under its parent, for comparison (no need to read the parent): see siblings.ts for who is offered which */
  areaSiblings: SiblingReports;
  /** Areas the viewer may see (and their ancestors), of one tier or all */
  areas: Array<Area>;
  /** ADMIN: audit events matching every filter given, newest first */
  auditEvents: Array<AuditEvent>;
  /** ADMIN: walks the hash chain of the audit log and says whether it holds */
  auditIntegrity: AuditIntegrity;
  case: Case;
  /** Cases about people and households of an area (and below) that the viewer sees, by id */
  cases: Array<Case>;
  council: Council;
  /** Councils covering an area in the subtree, or an area containing it */
  councils: Array<Council>;
  /** 保留中: the findings of the area (and below) set aside today */
  dismissedFindings: Array<DismissedFinding>;
  /** エコマップ of a person (or of a household, with householdId) */
  ecomap: Network;
  household: Household;
  /** Households located in an area and below */
  households: Array<Household>;
  hub: Hub;
  /** Hubs located in an area and below */
  hubs: Array<Hub>;
  /** People located in the area or below whose social degree at asOf (default today) is at most maxDegree */
  isolatedPeople: Array<IsolatedPerson>;
  /** Entities of the map of an area whose name contains the text, as the viewer may see them (people only by a name the viewer may see), best first */
  mapSearch: Array<MapSearchHit>;
  /** A match, when the viewer sees its person in detail */
  match: Match;
  /** 参加支援: the matches of people of an area (and below) that the viewer sees, newest first */
  matches: Array<Match>;
  /** Who is logged in */
  me: Me;
  /** A case opened in a meeting: what the meeting’s basis allows */
  meetingCase: MeetingCase;
  /** The meetings of a council between two dates (both optional), newest first */
  meetings: Array<Meeting>;
  /** Links the network of the area (and below) lacks at asOf (default today), highest score first */
  missingLinks: Array<MissingLink>;
  /** The map of an area: nested areas, what lies in them, and the ties */
  network: Network;
  organization: Organization;
  /** Organizations located in an area and below */
  organizations: Array<Organization>;
  /** People located in an area and below, as far as the viewer may see them */
  people: Array<Person>;
  /** One person with details; refused unless the viewer may see them */
  person: Person;
  /** 閲覧履歴: who was shown this person, newest first; ADMIN, or a COORDINATOR whose areas contain them */
  personAuditTrail: Array<PersonAuditEntry>;
  /** 生活便利帳 of an area: its organizations (and town-wide ones serving it) and hubs; never a person */
  resourceDirectory: ResourceDirectory;
  /** A saved view by its id (its link): for its owner, and for anyone who may see its area */
  savedView: SavedView;
  /** The viewer's own saved views (of one area, or all), in their order */
  savedViews: Array<SavedView>;
  /** The shape of the area's network at asOf (default today), with people shown as on the map; needs Graph Data Science in the database */
  structure: NetworkStructure;
  /** The ties of a person, household, organization, council or hub, ended ones too */
  ties: Array<Tie>;
  users: Array<User>;
  /** 今日の仕事: the viewer's reviews, follow-ups, cases and new findings */
  workList: WorkList;
};


export type QueryAreaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAreaReportArgs = {
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAreaSiblingsArgs = {
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAreasArgs = {
  tier?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AuditKind>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  areaId: Scalars['ID']['input'];
  reviewDueBefore?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilsArgs = {
  areaId: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDismissedFindingsArgs = {
  areaId: Scalars['ID']['input'];
};


export type QueryEcomapArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdsArgs = {
  areaId: Scalars['ID']['input'];
};


export type QueryHubArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHubsArgs = {
  areaId: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIsolatedPeopleArgs = {
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  maxDegree?: Scalars['Int']['input'];
};


export type QueryMapSearchArgs = {
  areaId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


export type QueryMatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchesArgs = {
  areaId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<MatchStage>;
};


export type QueryMeetingCaseArgs = {
  caseId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  councilId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMissingLinksArgs = {
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<MissingLinkKind>>;
};


export type QueryNetworkArgs = {
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
  open?: InputMaybe<Array<Scalars['ID']['input']>>;
  show?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  areaId: Scalars['ID']['input'];
  field?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPeopleArgs = {
  areaId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  need?: InputMaybe<Scalars['String']['input']>;
  offset?: Scalars['Int']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonAuditTrailArgs = {
  limit?: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
};


export type QueryResourceDirectoryArgs = {
  areaId: Scalars['ID']['input'];
};


export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySavedViewsArgs = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStructureArgs = {
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTiesArgs = {
  nodeId: Scalars['ID']['input'];
};

/** A rate made from counts of people; masked when one of them is */
export type Rate = {
  __typename?: 'Rate';
  /** a count it is made from is masked, so it is too */
  masked: Scalars['Boolean']['output'];
  /** null when masked or when there is nothing to divide by */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A reason for closing and how many cases closed for it */
export type ReasonCases = {
  __typename?: 'ReasonCases';
  cases: Count;
  reason: CloseReason;
};

/** hubs, organizations and councils opened or closed in the year up to asOf (after `from`) */
export type ResourceChanges = {
  __typename?: 'ResourceChanges';
  councilsClosed: Scalars['Int']['output'];
  councilsOpened: Scalars['Int']['output'];
  /** the same day a year before asOf: changes after it are counted */
  from: Scalars['String']['output'];
  hubsClosed: Scalars['Int']['output'];
  hubsOpened: Scalars['Int']['output'];
  organizationsClosed: Scalars['Int']['output'];
  organizationsOpened: Scalars['Int']['output'];
};

/** 生活便利帳 of an area: its organizations and hubs, for print and CSV */
export type ResourceDirectory = {
  __typename?: 'ResourceDirectory';
  area: DirectoryArea;
  /** the day it was made, YYYY-MM-DD */
  asOf: Scalars['String']['output'];
  /** in 五十音 order of their readings */
  hubs: Array<DirectoryHub>;
  /** in 五十音 order of their readings */
  organizations: Array<DirectoryOrganization>;
};

/** A 相談経路 and how many cases came by it */
export type RouteCases = {
  __typename?: 'RouteCases';
  cases: Count;
  route: CaseRoute;
};

/** A saved view of the map: opened by its owner, or by anyone given its link who may see the area */
export type SavedView = {
  __typename?: 'SavedView';
  areaId: Scalars['ID']['output'];
  areaName: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** the viewer saved it (and may change or delete it) */
  mine: Scalars['Boolean']['output'];
  /** its name as its owner wrote it (shown to everyone the link is given to) */
  name: Scalars['String']['output'];
  /** the username of who saved it */
  owner: Scalars['String']['output'];
  /** its place in the owner's list (slides run in this order) */
  position: Scalars['Int']['output'];
  state: MapViewState;
  updatedAt: Scalars['String']['output'];
};

export type SavedViewInput = {
  areaId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** its place in the owner's list; at the end when absent */
  position?: InputMaybe<Scalars['Int']['input']>;
  state: MapViewStateInput;
};

/** The reports of an area and the other areas under the same parent */
export type SiblingReports = {
  __typename?: 'SiblingReports';
  /** the area and each sibling the viewer may compare (their children left empty); outside the viewer's areas, counts of people under 5 are 「5未満」 for every role but ADMIN */
  areas: Array<AreaReport>;
  /** the parent area; null for a municipality (no siblings) */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** siblings left out: outside the areas of a PLANNER or COUNCIL_MEMBER */
  withheld: Scalars['Int']['output'];
};

/** skill (担い手) */
export type Skill =
  /** 子どもの見守り */
  | 'CHILDCARE'
  /** 調理 */
  | 'COOKING'
  /** 手芸・工作 */
  | 'CRAFTS'
  /** スマホ・パソコン */
  | 'DIGITAL'
  /** 送迎・運転 */
  | 'DRIVING'
  /** 行事の手伝い */
  | 'EVENTS'
  /** 体操指導 */
  | 'EXERCISE'
  /** 園芸 */
  | 'GARDENING'
  /** 音楽・歌 */
  | 'MUSIC'
  /** その他 */
  | 'OTHER'
  /** 学習支援 */
  | 'TUTORING'
  /** 訪問・話し相手 */
  | 'VISITING';

/** A tie: family, informal or formal. An ended tie has `until` in the past and is kept. */
export type Tie = {
  __typename?: 'Tie';
  /** active today */
  active: Scalars['Boolean']['output'];
  /** family, informal or formal */
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  since?: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
  /** the source's name as the viewer may see it (a person by name or in detail); null for a stand-in */
  sourceName?: Maybe<Scalars['String']['output']>;
  /** STRONG, NORMAL, WEAK or STRAINED (the ecomap line styles) */
  strength: Scalars['String']['output'];
  targetId: Scalars['ID']['output'];
  /** the target's name, as sourceName */
  targetName?: Maybe<Scalars['String']['output']>;
  /** FAMILY, NEIGHBOR, FRIEND, WATCHES_OVER, PARTICIPATES_IN, SUPPORTS, MEMBER_OF, RUNS, COLLABORATES, REFERS */
  type: Scalars['String']['output'];
  /** YYYY-MM-DD; the tie is ended from this day */
  until?: Maybe<Scalars['String']['output']>;
};

export type TieInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
  /** STRONG, NORMAL (default), WEAK or STRAINED */
  strength?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
  /** a tie type, as code or Japanese label (見守り …) */
  type: Scalars['String']['input'];
  until?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; "" clears a date or the note */
export type TieUpdate = {
  note?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  strength?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

/** A change to an open case; only the fields given change */
export type UpdateCaseInput = {
  direction?: InputMaybe<Scalars['String']['input']>;
  /** a new キーパーソン from today */
  keyPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** the meeting that decided the change of team, キーパーソン or 方針 (it had the case on its agenda) */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  referrerId?: InputMaybe<Scalars['ID']['input']>;
  referrerNote?: InputMaybe<Scalars['String']['input']>;
  reviewOn?: InputMaybe<Scalars['String']['input']>;
  route?: InputMaybe<CaseRoute>;
  /** INTAKE → ASSESSMENT → ACTIVE (with a plan) ⇄ ASSESSMENT */
  status?: InputMaybe<CaseStatus>;
  /** the whole team */
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A user account */
export type User = {
  __typename?: 'User';
  /** the areas (and their subtrees) the user works in */
  areaIds: Array<Scalars['ID']['output']>;
  /** a disabled user cannot log in, and their tokens no longer work */
  disabled: Scalars['Boolean']['output'];
  role: UserRole;
  username: Scalars['String']['output'];
};

export type UserInput = {
  /** required for every role but ADMIN */
  areaIds: Array<Scalars['ID']['input']>;
  /** at least 10 characters */
  password: Scalars['String']['input'];
  role: UserRole;
  username: Scalars['String']['input'];
};

/** ADMIN everything; COORDINATOR everything inside their areas; PLANNER aggregates, organizations, hubs and councils; COUNCIL_MEMBER the map of their areas */
export type UserRole =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'COUNCIL_MEMBER'
  | 'PLANNER';

/** What the map shows: kinds, tie categories, fields, ended ties */
export type ViewFilters = {
  __typename?: 'ViewFilters';
  /** tie categories shown: family, informal, formal, household */
  categories: Array<Scalars['String']['output']>;
  /** when not empty: only people and organizations of these fields (分野) */
  fields: Array<Scalars['String']['output']>;
  /** entity kinds shown (Person, Household, Organization, Council, Hub) */
  kinds: Array<Scalars['String']['output']>;
  showEnded: Scalars['Boolean']['output'];
};

export type ViewFiltersInput = {
  categories: Array<Scalars['String']['input']>;
  fields: Array<Scalars['String']['input']>;
  kinds: Array<Scalars['String']['input']>;
  showEnded: Scalars['Boolean']['input'];
};

/** day of the week (曜日) */
export type Weekday =
  /** 金 */
  | 'FRI'
  /** 月 */
  | 'MON'
  /** 土 */
  | 'SAT'
  /** 日 */
  | 'SUN'
  /** 木 */
  | 'THU'
  /** 火 */
  | 'TUE'
  /** 水 */
  | 'WED';

/** 今日の仕事: the viewer's own work list */
export type WorkList = {
  __typename?: 'WorkList';
  /** closed cases whose 終結後の確認 is due within a week or late */
  followUpsDue: Array<Case>;
  /** when the viewer last opened the work list (ISO date-time) */
  lastVisitAt?: Maybe<Scalars['String']['output']>;
  /** 参加支援 matches going on whose next follow-up falls within a week or is late, earliest first */
  matchFollowUpsDue: Array<Match>;
  /** the last meeting of each of the viewer’s councils whose next date falls in the week, with its agenda */
  meetingsThisWeek: Array<Meeting>;
  /** findings in the viewer’s areas not there at their last visit */
  newFindings: Array<MissingLink>;
  /** open cases whose review falls between today and a week on */
  reviewsDue: Array<Case>;
  /** open cases whose review date has passed */
  reviewsOverdue: Array<Case>;
  /** the day it is for */
  today: Scalars['String']['output'];
  /** the last day it looks ahead to (a week) */
  until: Scalars['String']['output'];
  /** open cases with no キーパーソン */
  withoutKeyPerson: Array<Case>;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', username: string, role: UserRole, areaIds: Array<string> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: string };

export type UserFieldsFragment = { __typename?: 'User', username: string, role: UserRole, areaIds: Array<string>, disabled: boolean };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', username: string, role: UserRole, areaIds: Array<string>, disabled: boolean }> };

export type CreateUserMutationVariables = Exact<{
  input: UserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', username: string, role: UserRole, areaIds: Array<string>, disabled: boolean } };

export type ChangeUserAccessMutationVariables = Exact<{
  username: Scalars['String']['input'];
  role: UserRole;
  areaIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ChangeUserAccessMutation = { __typename?: 'Mutation', changeUserAccess: { __typename?: 'User', username: string, role: UserRole, areaIds: Array<string>, disabled: boolean } };

export type DisableUserMutationVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type DisableUserMutation = { __typename?: 'Mutation', disableUser: { __typename?: 'User', username: string, role: UserRole, areaIds: Array<string>, disabled: boolean } };

export type EnableUserMutationVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type EnableUserMutation = { __typename?: 'Mutation', enableUser: { __typename?: 'User', username: string, role: UserRole, areaIds: Array<string>, disabled: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type CountFieldsFragment = { __typename?: 'Count', value?: number | null, masked: boolean, text: string };

export type ReportFiguresFragment = { __typename?: 'AreaReport', areaId: string, name?: string | null, tier?: number | null, asOf: string, population?: number | null, households?: number | null, elderly?: number | null, hubs: number, hubsPer1000Elderly?: number | null, organizations: number, unaffiliatedResources: number, residentsKnown: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolated: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolationRate: { __typename?: 'Rate', value?: number | null, masked: boolean }, peopleInNeed: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, peopleWithUnmetNeeds: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, unmetNeedsByField: Array<{ __typename?: 'FieldPeople', field: string, people: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, watchersPerPersonInNeed: { __typename?: 'Rate', value?: number | null, masked: boolean }, hubsByKind: Array<{ __typename?: 'KindCount', kind?: string | null, count: number }>, organizationsByField: Array<{ __typename?: 'FieldCount', field: string, count: number }>, councils: Array<{ __typename?: 'CouncilMembers', id: string, name?: string | null, kind?: string | null, tier?: number | null, organizationMembers: number, personMembers: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, resourceChanges: { __typename?: 'ResourceChanges', hubsOpened: number, hubsClosed: number, organizationsOpened: number, organizationsClosed: number, councilsOpened: number, councilsClosed: number } };

export type CaseFiguresFieldsFragment = { __typename?: 'CaseFigures', fiscalYear: number, from: string, to: string, communityRoutes: Array<CaseRoute>, newCases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, newCasesByRoute: Array<{ __typename?: 'RouteCases', route: CaseRoute, cases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, communityCases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, communityShare: { __typename?: 'Rate', value?: number | null, masked: boolean }, closedCases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, closedByReason: Array<{ __typename?: 'ReasonCases', reason: CloseReason, cases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, firstPlans: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, planRevisions: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, meetingsByCouncil: Array<{ __typename?: 'CouncilMeetings', councilId: string, name?: string | null, meetings: number }>, multiNeedHouseholds: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, followUpsDue: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, followUpsOnTime: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, followUpOnTimeRate: { __typename?: 'Rate', value?: number | null, masked: boolean } };

export type AreaReportQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaReportQuery = { __typename?: 'Query', areaReport: { __typename?: 'AreaReport', areaId: string, name?: string | null, tier?: number | null, asOf: string, population?: number | null, households?: number | null, elderly?: number | null, hubs: number, hubsPer1000Elderly?: number | null, organizations: number, unaffiliatedResources: number, cases: { __typename?: 'CaseFigures', fiscalYear: number, from: string, to: string, communityRoutes: Array<CaseRoute>, newCases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, newCasesByRoute: Array<{ __typename?: 'RouteCases', route: CaseRoute, cases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, communityCases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, communityShare: { __typename?: 'Rate', value?: number | null, masked: boolean }, closedCases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, closedByReason: Array<{ __typename?: 'ReasonCases', reason: CloseReason, cases: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, firstPlans: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, planRevisions: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, meetingsByCouncil: Array<{ __typename?: 'CouncilMeetings', councilId: string, name?: string | null, meetings: number }>, multiNeedHouseholds: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, followUpsDue: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, followUpsOnTime: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, followUpOnTimeRate: { __typename?: 'Rate', value?: number | null, masked: boolean } }, children: Array<{ __typename?: 'AreaReport', areaId: string, name?: string | null, tier?: number | null, asOf: string, population?: number | null, households?: number | null, elderly?: number | null, hubs: number, hubsPer1000Elderly?: number | null, organizations: number, unaffiliatedResources: number, residentsKnown: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolated: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolationRate: { __typename?: 'Rate', value?: number | null, masked: boolean }, peopleInNeed: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, peopleWithUnmetNeeds: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, unmetNeedsByField: Array<{ __typename?: 'FieldPeople', field: string, people: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, watchersPerPersonInNeed: { __typename?: 'Rate', value?: number | null, masked: boolean }, hubsByKind: Array<{ __typename?: 'KindCount', kind?: string | null, count: number }>, organizationsByField: Array<{ __typename?: 'FieldCount', field: string, count: number }>, councils: Array<{ __typename?: 'CouncilMembers', id: string, name?: string | null, kind?: string | null, tier?: number | null, organizationMembers: number, personMembers: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, resourceChanges: { __typename?: 'ResourceChanges', hubsOpened: number, hubsClosed: number, organizationsOpened: number, organizationsClosed: number, councilsOpened: number, councilsClosed: number } }>, residentsKnown: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolated: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolationRate: { __typename?: 'Rate', value?: number | null, masked: boolean }, peopleInNeed: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, peopleWithUnmetNeeds: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, unmetNeedsByField: Array<{ __typename?: 'FieldPeople', field: string, people: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, watchersPerPersonInNeed: { __typename?: 'Rate', value?: number | null, masked: boolean }, hubsByKind: Array<{ __typename?: 'KindCount', kind?: string | null, count: number }>, organizationsByField: Array<{ __typename?: 'FieldCount', field: string, count: number }>, councils: Array<{ __typename?: 'CouncilMembers', id: string, name?: string | null, kind?: string | null, tier?: number | null, organizationMembers: number, personMembers: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, resourceChanges: { __typename?: 'ResourceChanges', hubsOpened: number, hubsClosed: number, organizationsOpened: number, organizationsClosed: number, councilsOpened: number, councilsClosed: number } } };

export type AreaSiblingsQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaSiblingsQuery = { __typename?: 'Query', areaSiblings: { __typename?: 'SiblingReports', parentId?: string | null, withheld: number, areas: Array<{ __typename?: 'AreaReport', areaId: string, name?: string | null, tier?: number | null, asOf: string, population?: number | null, households?: number | null, elderly?: number | null, hubs: number, hubsPer1000Elderly?: number | null, organizations: number, unaffiliatedResources: number, residentsKnown: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolated: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolationRate: { __typename?: 'Rate', value?: number | null, masked: boolean }, peopleInNeed: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, peopleWithUnmetNeeds: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, unmetNeedsByField: Array<{ __typename?: 'FieldPeople', field: string, people: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, watchersPerPersonInNeed: { __typename?: 'Rate', value?: number | null, masked: boolean }, hubsByKind: Array<{ __typename?: 'KindCount', kind?: string | null, count: number }>, organizationsByField: Array<{ __typename?: 'FieldCount', field: string, count: number }>, councils: Array<{ __typename?: 'CouncilMembers', id: string, name?: string | null, kind?: string | null, tier?: number | null, organizationMembers: number, personMembers: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }>, resourceChanges: { __typename?: 'ResourceChanges', hubsOpened: number, hubsClosed: number, organizationsOpened: number, organizationsClosed: number, councilsOpened: number, councilsClosed: number } }> } };

export type AuditEventsQueryVariables = Exact<{
  personId?: InputMaybe<Scalars['ID']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AuditKind>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: Array<{ __typename?: 'AuditEvent', seq: number, at: string, kind: AuditKind, action: string, username?: string | null, role?: string | null, requestId?: string | null, address?: string | null, personIds: Array<string>, level?: string | null, entity?: string | null, entityId?: string | null, message?: string | null, changes: Array<{ __typename?: 'AuditChange', field: string, before?: string | null, after?: string | null }> }> };

export type PersonAuditTrailQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type PersonAuditTrailQuery = { __typename?: 'Query', personAuditTrail: Array<{ __typename?: 'PersonAuditEntry', at: string, username?: string | null, role?: string | null, action: string, level?: string | null }> };

export type CaseFieldsFragment = { __typename?: 'Case', id: string, status: CaseStatus, areaId?: string | null, openedOn: string, openedBy: string, route: CaseRoute, referrerNote?: string | null, direction?: string | null, reviewOn?: string | null, closedOn?: string | null, closeReason?: CloseReason | null, closeNote?: string | null, followUpOn?: string | null, followUpDoneOn?: string | null, referrer?: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, team: Array<{ __typename?: 'CaseParty', id: string, kind: string, name?: string | null }>, keyPerson?: { __typename?: 'CaseParty', id: string, name?: string | null } | null, keyPersonHistory: Array<{ __typename?: 'KeyPersonTerm', since: string, until?: string | null, decidedAt?: string | null, person: { __typename?: 'CaseParty', id: string, name?: string | null } }>, plan?: { __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, note?: string | null, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, field?: string | null, startOn: string, reviewOn?: string | null, status: PlanItemStatus, tieId?: string | null, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> } | null, plans: Array<{ __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, status: PlanItemStatus, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> }>, meetings: Array<{ __typename?: 'CaseMeeting', meetingId: string, councilId: string, councilName: string, on: string, basis: MeetingBasis, decision?: string | null, revised: Array<MeetingRevision>, planVersion?: number | null }>, monitoring: Array<{ __typename?: 'Monitoring', id: string, on: string, who: string, seen: string, nextReviewOn?: string | null, followUp: boolean, recordedBy: string, outcomes: Array<{ __typename?: 'ItemOutcome', itemId: string, outcome: string }> }> };

export type SupportCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SupportCaseQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, status: CaseStatus, areaId?: string | null, openedOn: string, openedBy: string, route: CaseRoute, referrerNote?: string | null, direction?: string | null, reviewOn?: string | null, closedOn?: string | null, closeReason?: CloseReason | null, closeNote?: string | null, followUpOn?: string | null, followUpDoneOn?: string | null, referrer?: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, team: Array<{ __typename?: 'CaseParty', id: string, kind: string, name?: string | null }>, keyPerson?: { __typename?: 'CaseParty', id: string, name?: string | null } | null, keyPersonHistory: Array<{ __typename?: 'KeyPersonTerm', since: string, until?: string | null, decidedAt?: string | null, person: { __typename?: 'CaseParty', id: string, name?: string | null } }>, plan?: { __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, note?: string | null, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, field?: string | null, startOn: string, reviewOn?: string | null, status: PlanItemStatus, tieId?: string | null, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> } | null, plans: Array<{ __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, status: PlanItemStatus, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> }>, meetings: Array<{ __typename?: 'CaseMeeting', meetingId: string, councilId: string, councilName: string, on: string, basis: MeetingBasis, decision?: string | null, revised: Array<MeetingRevision>, planVersion?: number | null }>, monitoring: Array<{ __typename?: 'Monitoring', id: string, on: string, who: string, seen: string, nextReviewOn?: string | null, followUp: boolean, recordedBy: string, outcomes: Array<{ __typename?: 'ItemOutcome', itemId: string, outcome: string }> }> } };

export type CasesOfSubjectQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  subjectId: Scalars['ID']['input'];
}>;


export type CasesOfSubjectQuery = { __typename?: 'Query', cases: Array<{ __typename?: 'Case', id: string, status: CaseStatus, openedOn: string }> };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { __typename?: 'Mutation', openCase: { __typename?: 'Case', id: string } };

export type UpdateCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
}>;


export type UpdateCaseMutation = { __typename?: 'Mutation', updateCase: { __typename?: 'Case', id: string, status: CaseStatus, areaId?: string | null, openedOn: string, openedBy: string, route: CaseRoute, referrerNote?: string | null, direction?: string | null, reviewOn?: string | null, closedOn?: string | null, closeReason?: CloseReason | null, closeNote?: string | null, followUpOn?: string | null, followUpDoneOn?: string | null, referrer?: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, team: Array<{ __typename?: 'CaseParty', id: string, kind: string, name?: string | null }>, keyPerson?: { __typename?: 'CaseParty', id: string, name?: string | null } | null, keyPersonHistory: Array<{ __typename?: 'KeyPersonTerm', since: string, until?: string | null, decidedAt?: string | null, person: { __typename?: 'CaseParty', id: string, name?: string | null } }>, plan?: { __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, note?: string | null, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, field?: string | null, startOn: string, reviewOn?: string | null, status: PlanItemStatus, tieId?: string | null, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> } | null, plans: Array<{ __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, status: PlanItemStatus, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> }>, meetings: Array<{ __typename?: 'CaseMeeting', meetingId: string, councilId: string, councilName: string, on: string, basis: MeetingBasis, decision?: string | null, revised: Array<MeetingRevision>, planVersion?: number | null }>, monitoring: Array<{ __typename?: 'Monitoring', id: string, on: string, who: string, seen: string, nextReviewOn?: string | null, followUp: boolean, recordedBy: string, outcomes: Array<{ __typename?: 'ItemOutcome', itemId: string, outcome: string }> }> } };

export type RevisePlanMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  items: Array<PlanItemInput> | PlanItemInput;
  note?: InputMaybe<Scalars['String']['input']>;
  meetingId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RevisePlanMutation = { __typename?: 'Mutation', revisePlan: { __typename?: 'Case', id: string, status: CaseStatus, areaId?: string | null, openedOn: string, openedBy: string, route: CaseRoute, referrerNote?: string | null, direction?: string | null, reviewOn?: string | null, closedOn?: string | null, closeReason?: CloseReason | null, closeNote?: string | null, followUpOn?: string | null, followUpDoneOn?: string | null, referrer?: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, team: Array<{ __typename?: 'CaseParty', id: string, kind: string, name?: string | null }>, keyPerson?: { __typename?: 'CaseParty', id: string, name?: string | null } | null, keyPersonHistory: Array<{ __typename?: 'KeyPersonTerm', since: string, until?: string | null, decidedAt?: string | null, person: { __typename?: 'CaseParty', id: string, name?: string | null } }>, plan?: { __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, note?: string | null, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, field?: string | null, startOn: string, reviewOn?: string | null, status: PlanItemStatus, tieId?: string | null, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> } | null, plans: Array<{ __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, status: PlanItemStatus, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> }>, meetings: Array<{ __typename?: 'CaseMeeting', meetingId: string, councilId: string, councilName: string, on: string, basis: MeetingBasis, decision?: string | null, revised: Array<MeetingRevision>, planVersion?: number | null }>, monitoring: Array<{ __typename?: 'Monitoring', id: string, on: string, who: string, seen: string, nextReviewOn?: string | null, followUp: boolean, recordedBy: string, outcomes: Array<{ __typename?: 'ItemOutcome', itemId: string, outcome: string }> }> } };

export type RecordMonitoringMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: MonitoringInput;
}>;


export type RecordMonitoringMutation = { __typename?: 'Mutation', recordMonitoring: { __typename?: 'Case', id: string, status: CaseStatus, areaId?: string | null, openedOn: string, openedBy: string, route: CaseRoute, referrerNote?: string | null, direction?: string | null, reviewOn?: string | null, closedOn?: string | null, closeReason?: CloseReason | null, closeNote?: string | null, followUpOn?: string | null, followUpDoneOn?: string | null, referrer?: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, team: Array<{ __typename?: 'CaseParty', id: string, kind: string, name?: string | null }>, keyPerson?: { __typename?: 'CaseParty', id: string, name?: string | null } | null, keyPersonHistory: Array<{ __typename?: 'KeyPersonTerm', since: string, until?: string | null, decidedAt?: string | null, person: { __typename?: 'CaseParty', id: string, name?: string | null } }>, plan?: { __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, note?: string | null, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, field?: string | null, startOn: string, reviewOn?: string | null, status: PlanItemStatus, tieId?: string | null, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> } | null, plans: Array<{ __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, status: PlanItemStatus, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> }>, meetings: Array<{ __typename?: 'CaseMeeting', meetingId: string, councilId: string, councilName: string, on: string, basis: MeetingBasis, decision?: string | null, revised: Array<MeetingRevision>, planVersion?: number | null }>, monitoring: Array<{ __typename?: 'Monitoring', id: string, on: string, who: string, seen: string, nextReviewOn?: string | null, followUp: boolean, recordedBy: string, outcomes: Array<{ __typename?: 'ItemOutcome', itemId: string, outcome: string }> }> } };

export type CloseCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { __typename?: 'Mutation', closeCase: { __typename?: 'Case', id: string, status: CaseStatus, areaId?: string | null, openedOn: string, openedBy: string, route: CaseRoute, referrerNote?: string | null, direction?: string | null, reviewOn?: string | null, closedOn?: string | null, closeReason?: CloseReason | null, closeNote?: string | null, followUpOn?: string | null, followUpDoneOn?: string | null, referrer?: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, team: Array<{ __typename?: 'CaseParty', id: string, kind: string, name?: string | null }>, keyPerson?: { __typename?: 'CaseParty', id: string, name?: string | null } | null, keyPersonHistory: Array<{ __typename?: 'KeyPersonTerm', since: string, until?: string | null, decidedAt?: string | null, person: { __typename?: 'CaseParty', id: string, name?: string | null } }>, plan?: { __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, note?: string | null, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, field?: string | null, startOn: string, reviewOn?: string | null, status: PlanItemStatus, tieId?: string | null, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> } | null, plans: Array<{ __typename?: 'Plan', id: string, version: number, madeOn: string, madeBy: string, decidedAt?: string | null, items: Array<{ __typename?: 'PlanItem', id: string, what: string, status: PlanItemStatus, who: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }> }>, meetings: Array<{ __typename?: 'CaseMeeting', meetingId: string, councilId: string, councilName: string, on: string, basis: MeetingBasis, decision?: string | null, revised: Array<MeetingRevision>, planVersion?: number | null }>, monitoring: Array<{ __typename?: 'Monitoring', id: string, on: string, who: string, seen: string, nextReviewOn?: string | null, followUp: boolean, recordedBy: string, outcomes: Array<{ __typename?: 'ItemOutcome', itemId: string, outcome: string }> }> } };

export type TeamChoicesQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
}>;


export type TeamChoicesQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string }>, people: Array<{ __typename?: 'Person', id: string, name?: string | null }> };

export type ResourceDirectoryQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
}>;


export type ResourceDirectoryQuery = { __typename?: 'Query', resourceDirectory: { __typename?: 'ResourceDirectory', asOf: string, area: { __typename?: 'DirectoryArea', id: string, name: string, tier: number }, organizations: Array<{ __typename?: 'DirectoryOrganization', id: string, name: string, nameKana?: string | null, kind?: string | null, fields: Array<string>, local: boolean, area?: { __typename?: 'DirectoryArea', id: string, name: string } | null, serves: Array<{ __typename?: 'DirectoryArea', id: string, name: string }> }>, hubs: Array<{ __typename?: 'DirectoryHub', id: string, name: string, nameKana?: string | null, kind?: string | null, tags: Array<string>, operators: Array<string>, area?: { __typename?: 'DirectoryArea', id: string, name: string } | null }> } };

export type EcomapQueryVariables = Exact<{
  personId?: InputMaybe<Scalars['ID']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  includeEnded: Scalars['Boolean']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type EcomapQuery = { __typename?: 'Query', ecomap: { __typename?: 'Network', nodes: Array<{ __typename?: 'NetworkNode', id: string, kind: string, label: string, parentId?: string | null, anonymous: boolean, roles: Array<string>, fields: Array<string>, ageBand?: string | null, subKind?: string | null }>, edges: Array<{ __typename?: 'NetworkEdge', id: string, source: string, target: string, type: string, category: string, strength: string, active: boolean, since?: string | null, until?: string | null }> } };

export type PersonToEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonToEditQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, name?: string | null, nameKana?: string | null, ageBand?: string | null, canOffer: Array<Skill>, offerTime?: string | null, roles: Array<string>, needs: Array<string>, interests: Array<string>, consent?: string | null, restrictedFor: Array<string>, area?: { __typename?: 'AreaRef', id: string } | null, household?: { __typename?: 'HouseholdRef', id: string } | null } };

export type HouseholdToEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdToEditQuery = { __typename?: 'Query', household: { __typename?: 'Household', id: string, name: string, memberCount: number, area?: { __typename?: 'AreaRef', id: string } | null } };

export type OrganizationToEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationToEditQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, kind?: string | null, fields: Array<string>, since?: string | null, until?: string | null, area?: { __typename?: 'AreaRef', id: string } | null, serves: Array<{ __typename?: 'AreaRef', id: string }> } };

export type CouncilToEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CouncilToEditQuery = { __typename?: 'Query', council: { __typename?: 'Council', id: string, name: string, kind?: string | null, tier?: number | null, since?: string | null, until?: string | null, covers: Array<{ __typename?: 'AreaRef', id: string }> } };

export type HubToEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HubToEditQuery = { __typename?: 'Query', hub: { __typename?: 'Hub', id: string, name: string, kind?: string | null, tags: Array<string>, audience: Array<Audience>, operator?: HubOperator | null, openDays: Array<Weekday>, openHours?: string | null, functions: Array<HubFunction>, consultationPoint: boolean, helpWanted: Array<Skill>, since?: string | null, until?: string | null, area?: { __typename?: 'AreaRef', id: string } | null } };

export type HouseholdChoicesQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
}>;


export type HouseholdChoicesQuery = { __typename?: 'Query', households: Array<{ __typename?: 'Household', id: string, name: string }> };

export type CreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type CreatePersonMutation = { __typename?: 'Mutation', createPerson: { __typename?: 'Person', id: string } };

export type UpdatePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PersonUpdate;
}>;


export type UpdatePersonMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'Person', id: string } };

export type DeletePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePersonMutation = { __typename?: 'Mutation', deletePerson: boolean };

export type CreateHouseholdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HouseholdInput;
}>;


export type CreateHouseholdMutation = { __typename?: 'Mutation', createHousehold: { __typename?: 'Household', id: string } };

export type UpdateHouseholdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HouseholdInput;
}>;


export type UpdateHouseholdMutation = { __typename?: 'Mutation', updateHousehold: { __typename?: 'Household', id: string } };

export type DeleteHouseholdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteHouseholdMutation = { __typename?: 'Mutation', deleteHousehold: boolean };

export type CreateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOrganizationMutation = { __typename?: 'Mutation', deleteOrganization: boolean };

export type CreateCouncilMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CouncilInput;
}>;


export type CreateCouncilMutation = { __typename?: 'Mutation', createCouncil: { __typename?: 'Council', id: string } };

export type UpdateCouncilMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CouncilInput;
}>;


export type UpdateCouncilMutation = { __typename?: 'Mutation', updateCouncil: { __typename?: 'Council', id: string } };

export type DeleteCouncilMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCouncilMutation = { __typename?: 'Mutation', deleteCouncil: boolean };

export type CreateHubMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HubInput;
}>;


export type CreateHubMutation = { __typename?: 'Mutation', createHub: { __typename?: 'Hub', id: string } };

export type UpdateHubMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HubInput;
}>;


export type UpdateHubMutation = { __typename?: 'Mutation', updateHub: { __typename?: 'Hub', id: string } };

export type DeleteHubMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteHubMutation = { __typename?: 'Mutation', deleteHub: boolean };

export type IsolatedPeopleQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type IsolatedPeopleQuery = { __typename?: 'Query', isolatedPeople: Array<{ __typename?: 'IsolatedPerson', socialDegree: number, informalTies: number, formalTies: number, unmetNeeds: Array<string>, reasons: Array<string>, person: { __typename?: 'PersonRef', id: string, name?: string | null } }> };

export type MissingLinksQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type MissingLinksQuery = { __typename?: 'Query', missingLinks: Array<{ __typename?: 'MissingLink', kind: MissingLinkKind, subjectIds: Array<string>, suggestedIds: Array<string>, field?: string | null, explanation: string, score: number, subjects: Array<{ __typename?: 'FindingRef', id: string, kind: string, name?: string | null }>, suggested: Array<{ __typename?: 'FindingRef', id: string, kind: string, name?: string | null }> }> };

export type AcceptSuggestionMutationVariables = Exact<{
  kind: MissingLinkKind;
  subjectIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  suggestedIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  field?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcceptSuggestionMutation = { __typename?: 'Mutation', acceptSuggestion: { __typename?: 'AcceptedSuggestion', kind: MissingLinkKind, tieIds: Array<string>, councilId?: string | null, acceptedBy: string, acceptedAt: string } };

export type DismissFindingMutationVariables = Exact<{
  kind: MissingLinkKind;
  subjectIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  field?: InputMaybe<Scalars['String']['input']>;
  reason: DismissReason;
  revisitOn: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type DismissFindingMutation = { __typename?: 'Mutation', dismissFinding: { __typename?: 'DismissedFinding', kind: MissingLinkKind, subjectIds: Array<string>, revisitOn: string } };

export type DismissedFindingsQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
}>;


export type DismissedFindingsQuery = { __typename?: 'Query', dismissedFindings: Array<{ __typename?: 'DismissedFinding', kind: MissingLinkKind, subjectIds: Array<string>, field?: string | null, explanation: string, reason: DismissReason, note?: string | null, revisitOn: string, dismissedBy: string }> };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: string };

export type AreasQueryVariables = Exact<{ [key: string]: never; }>;


export type AreasQuery = { __typename?: 'Query', areas: Array<{ __typename?: 'Area', id: string, name: string, tier: number, sortOrder?: number | null, population?: number | null, households?: number | null, elderly?: number | null, organizationCount: number, hubCount: number, parent?: { __typename?: 'AreaRef', id: string } | null, peopleKnown: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }> };

export type NetworkQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  includeEnded: Scalars['Boolean']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  open?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  show?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
}>;


export type NetworkQuery = { __typename?: 'Query', network: { __typename?: 'Network', nodes: Array<{ __typename?: 'NetworkNode', id: string, kind: string, label: string, parentId?: string | null, tier?: number | null, anonymous: boolean, external: boolean, fields: Array<string>, roles: Array<string>, subKind?: string | null, tags: Array<string>, ageBand?: string | null, open: boolean, summary?: { __typename?: 'AreaSummary', organizations: number, hubs: number, councils: number, people: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, households: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, isolated: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, unmetNeeds: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } } | null }>, edges: Array<{ __typename?: 'NetworkEdge', id: string, source: string, target: string, type: string, category: string, strength: string, active: boolean, since?: string | null, until?: string | null, count: number, categories: Array<{ __typename?: 'CategoryCount', category: string, count: number }> }> } };

export type MapSearchQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type MapSearchQuery = { __typename?: 'Query', mapSearch: Array<{ __typename?: 'MapSearchHit', id: string, kind: string, label: string, path: Array<string> }> };

export type TieFieldsFragment = { __typename?: 'Tie', id: string, sourceId: string, targetId: string, type: string, category: string, strength: string, active: boolean, since?: string | null, until?: string | null, note?: string | null, sourceName?: string | null, targetName?: string | null };

export type TiesQueryVariables = Exact<{
  nodeId: Scalars['ID']['input'];
}>;


export type TiesQuery = { __typename?: 'Query', ties: Array<{ __typename?: 'Tie', id: string, sourceId: string, targetId: string, type: string, category: string, strength: string, active: boolean, since?: string | null, until?: string | null, note?: string | null, sourceName?: string | null, targetName?: string | null }> };

export type CreateTieMutationVariables = Exact<{
  input: TieInput;
}>;


export type CreateTieMutation = { __typename?: 'Mutation', createTie: { __typename?: 'Tie', id: string, sourceId: string, targetId: string, type: string, category: string, strength: string, active: boolean, since?: string | null, until?: string | null, note?: string | null, sourceName?: string | null, targetName?: string | null } };

export type UpdateTieMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TieUpdate;
}>;


export type UpdateTieMutation = { __typename?: 'Mutation', updateTie: { __typename?: 'Tie', id: string, sourceId: string, targetId: string, type: string, category: string, strength: string, active: boolean, since?: string | null, until?: string | null, note?: string | null, sourceName?: string | null, targetName?: string | null } };

export type StructureQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
}>;


export type StructureQuery = { __typename?: 'Query', structure: { __typename?: 'NetworkStructure', articulationPoints: Array<string>, bridges: Array<Array<string>>, brokers: Array<{ __typename?: 'Broker', id: string, betweenness: number }>, communities: Array<{ __typename?: 'Community', id: number, size: number, memberIds: Array<string> }>, cutPoints: Array<{ __typename?: 'CutPoint', id: string, kind: string, sentence: string, stranded: { __typename?: 'Count', value?: number | null, masked: boolean, text: string }, cutOff: { __typename?: 'Count', value?: number | null, masked: boolean, text: string } }> } };

export type MatchFieldsFragment = { __typename?: 'Match', id: string, stage: MatchStage, role: MatchRole, proposedOn: string, startedOn?: string | null, endedOn?: string | null, nextFollowUpOn?: string | null, suggestedAs?: string | null, place: { __typename?: 'MatchPlace', id: string, kind: string, name?: string | null }, followUps: Array<{ __typename?: 'MatchFollowUp', id: string, on: string, who: string, howItGoes: string, hostConcerns?: string | null, nextOn?: string | null }> };

export type MatchesOfPersonQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;


export type MatchesOfPersonQuery = { __typename?: 'Query', matches: Array<{ __typename?: 'Match', id: string, stage: MatchStage, role: MatchRole, proposedOn: string, startedOn?: string | null, endedOn?: string | null, nextFollowUpOn?: string | null, suggestedAs?: string | null, place: { __typename?: 'MatchPlace', id: string, kind: string, name?: string | null }, followUps: Array<{ __typename?: 'MatchFollowUp', id: string, on: string, who: string, howItGoes: string, hostConcerns?: string | null, nextOn?: string | null }> }> };

export type MoveMatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MoveMatchInput;
}>;


export type MoveMatchMutation = { __typename?: 'Mutation', moveMatch: { __typename?: 'Match', id: string, stage: MatchStage, role: MatchRole, proposedOn: string, startedOn?: string | null, endedOn?: string | null, nextFollowUpOn?: string | null, suggestedAs?: string | null, place: { __typename?: 'MatchPlace', id: string, kind: string, name?: string | null }, followUps: Array<{ __typename?: 'MatchFollowUp', id: string, on: string, who: string, howItGoes: string, hostConcerns?: string | null, nextOn?: string | null }> } };

export type RecordMatchFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FollowUpInput;
}>;


export type RecordMatchFollowUpMutation = { __typename?: 'Mutation', recordMatchFollowUp: { __typename?: 'Match', id: string, stage: MatchStage, role: MatchRole, proposedOn: string, startedOn?: string | null, endedOn?: string | null, nextFollowUpOn?: string | null, suggestedAs?: string | null, place: { __typename?: 'MatchPlace', id: string, kind: string, name?: string | null }, followUps: Array<{ __typename?: 'MatchFollowUp', id: string, on: string, who: string, howItGoes: string, hostConcerns?: string | null, nextOn?: string | null }> } };

export type CouncilMeetingsQueryVariables = Exact<{
  councilId: Scalars['ID']['input'];
}>;


export type CouncilMeetingsQuery = { __typename?: 'Query', meetings: Array<{ __typename?: 'Meeting', id: string, councilName: string, on: string, basis: MeetingBasis, minutes?: string | null, nextOn?: string | null, recordedBy: string, attendees: Array<{ __typename?: 'CaseParty', id: string, kind: string, name?: string | null }>, agenda: Array<{ __typename?: 'AgendaItem', caseId?: string | null, withheld: boolean, decision?: string | null, revised: Array<MeetingRevision> }> }> };

export type CouncilAreasQueryVariables = Exact<{
  councilId: Scalars['ID']['input'];
}>;


export type CouncilAreasQuery = { __typename?: 'Query', council: { __typename?: 'Council', id: string, name: string, covers: Array<{ __typename?: 'AreaRef', id: string }> } };

export type MeetingCaseQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
}>;


export type MeetingCaseQuery = { __typename?: 'Query', meetingCase: { __typename?: 'MeetingCase', caseId: string, status: CaseStatus, direction?: string | null, reviewOn?: string | null, decision?: string | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, keyPerson?: { __typename?: 'CaseParty', name?: string | null } | null, plan: Array<{ __typename?: 'MeetingPlanLine', bySubject: boolean, what: string, status: PlanItemStatus, who?: { __typename?: 'CaseParty', id: string, name?: string | null } | null }> } };

export type AgendaChoicesQueryVariables = Exact<{
  areaId: Scalars['ID']['input'];
}>;


export type AgendaChoicesQuery = { __typename?: 'Query', cases: Array<{ __typename?: 'Case', id: string, status: CaseStatus, subject: { __typename?: 'CaseParty', id: string, name?: string | null } }> };

export type RecordMeetingMutationVariables = Exact<{
  input: MeetingInput;
}>;


export type RecordMeetingMutation = { __typename?: 'Mutation', recordMeeting: { __typename?: 'Meeting', id: string } };

export type SavedViewFieldsFragment = { __typename?: 'SavedView', id: string, name: string, areaId: string, areaName: string, owner: string, mine: boolean, position: number, updatedAt: string, state: { __typename?: 'MapViewState', open: Array<string>, show: Array<string>, focus?: string | null, neutralLabels: boolean, asOf?: string | null, filters: { __typename?: 'ViewFilters', kinds: Array<string>, categories: Array<string>, fields: Array<string>, showEnded: boolean } } };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { __typename?: 'Query', savedViews: Array<{ __typename?: 'SavedView', id: string, name: string, areaId: string, areaName: string, owner: string, mine: boolean, position: number, updatedAt: string, state: { __typename?: 'MapViewState', open: Array<string>, show: Array<string>, focus?: string | null, neutralLabels: boolean, asOf?: string | null, filters: { __typename?: 'ViewFilters', kinds: Array<string>, categories: Array<string>, fields: Array<string>, showEnded: boolean } } }> };

export type SavedViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SavedViewQuery = { __typename?: 'Query', savedView: { __typename?: 'SavedView', id: string, name: string, areaId: string, areaName: string, owner: string, mine: boolean, position: number, updatedAt: string, state: { __typename?: 'MapViewState', open: Array<string>, show: Array<string>, focus?: string | null, neutralLabels: boolean, asOf?: string | null, filters: { __typename?: 'ViewFilters', kinds: Array<string>, categories: Array<string>, fields: Array<string>, showEnded: boolean } } } };

export type SaveViewMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SavedViewInput;
}>;


export type SaveViewMutation = { __typename?: 'Mutation', saveView: { __typename?: 'SavedView', id: string, name: string, areaId: string, areaName: string, owner: string, mine: boolean, position: number, updatedAt: string, state: { __typename?: 'MapViewState', open: Array<string>, show: Array<string>, focus?: string | null, neutralLabels: boolean, asOf?: string | null, filters: { __typename?: 'ViewFilters', kinds: Array<string>, categories: Array<string>, fields: Array<string>, showEnded: boolean } } } };

export type DeleteViewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteViewMutation = { __typename?: 'Mutation', deleteView: boolean };

export type WorkListQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkListQuery = { __typename?: 'Query', workList: { __typename?: 'WorkList', today: string, until: string, lastVisitAt?: string | null, reviewsDue: Array<{ __typename?: 'Case', id: string, reviewOn?: string | null, status: CaseStatus, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, keyPerson?: { __typename?: 'CaseParty', name?: string | null } | null }>, reviewsOverdue: Array<{ __typename?: 'Case', id: string, reviewOn?: string | null, status: CaseStatus, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null }, keyPerson?: { __typename?: 'CaseParty', name?: string | null } | null }>, followUpsDue: Array<{ __typename?: 'Case', id: string, followUpOn?: string | null, closeReason?: CloseReason | null, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }>, withoutKeyPerson: Array<{ __typename?: 'Case', id: string, openedOn: string, status: CaseStatus, subject: { __typename?: 'CaseParty', id: string, kind: string, name?: string | null } }>, matchFollowUpsDue: Array<{ __typename?: 'Match', id: string, stage: MatchStage, nextFollowUpOn?: string | null, areaId?: string | null, person: { __typename?: 'MatchPerson', id: string, name?: string | null }, place: { __typename?: 'MatchPlace', id: string, name?: string | null } }>, meetingsThisWeek: Array<{ __typename?: 'Meeting', id: string, councilId: string, councilName: string, nextOn?: string | null, agenda: Array<{ __typename?: 'AgendaItem', caseId?: string | null, withheld: boolean }> }>, newFindings: Array<{ __typename?: 'MissingLink', kind: MissingLinkKind, subjectIds: Array<string>, suggestedIds: Array<string>, field?: string | null, explanation: string, score: number, subjects: Array<{ __typename?: 'FindingRef', id: string, kind: string, name?: string | null }>, suggested: Array<{ __typename?: 'FindingRef', id: string, kind: string, name?: string | null }> }> } };

export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaIds"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const CountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<CountFieldsFragment, unknown>;
export const ReportFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"elderly"}},{"kind":"Field","name":{"kind":"Name","value":"residentsKnown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolationRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleInNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleWithUnmetNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmetNeedsByField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchersPerPersonInNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubs"}},{"kind":"Field","name":{"kind":"Name","value":"hubsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubsPer1000Elderly"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"}},{"kind":"Field","name":{"kind":"Name","value":"personMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unaffiliatedResources"}},{"kind":"Field","name":{"kind":"Name","value":"resourceChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hubsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"hubsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"councilsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"councilsClosed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<ReportFiguresFragment, unknown>;
export const CaseFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"newCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCasesByRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityRoutes"}},{"kind":"Field","name":{"kind":"Name","value":"communityCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsByCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiNeedHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpOnTimeRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<CaseFiguresFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"referrerNote"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPersonHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tieId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDoneOn"}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const TieFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TieFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}}]}}]} as unknown as DocumentNode<TieFieldsFragment, unknown>;
export const MatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAs"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"howItGoes"}},{"kind":"Field","name":{"kind":"Name","value":"hostConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"nextOn"}}]}}]}}]} as unknown as DocumentNode<MatchFieldsFragment, unknown>;
export const SavedViewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"show"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"neutralLabels"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"showEnded"}}]}}]}}]}}]} as unknown as DocumentNode<SavedViewFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaIds"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"oldPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaIds"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaIds"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ChangeUserAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaIds"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<ChangeUserAccessMutation, ChangeUserAccessMutationVariables>;
export const DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaIds"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaIds"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AreaReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"elderly"}},{"kind":"Field","name":{"kind":"Name","value":"residentsKnown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolationRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleInNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleWithUnmetNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmetNeedsByField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchersPerPersonInNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubs"}},{"kind":"Field","name":{"kind":"Name","value":"hubsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubsPer1000Elderly"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"}},{"kind":"Field","name":{"kind":"Name","value":"personMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unaffiliatedResources"}},{"kind":"Field","name":{"kind":"Name","value":"resourceChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hubsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"hubsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"councilsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"councilsClosed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"newCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCasesByRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityRoutes"}},{"kind":"Field","name":{"kind":"Name","value":"communityCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsByCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiNeedHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpOnTimeRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]} as unknown as DocumentNode<AreaReportQuery, AreaReportQueryVariables>;
export const AreaSiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaSiblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaSiblings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"elderly"}},{"kind":"Field","name":{"kind":"Name","value":"residentsKnown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolationRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleInNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleWithUnmetNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmetNeedsByField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchersPerPersonInNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubs"}},{"kind":"Field","name":{"kind":"Name","value":"hubsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubsPer1000Elderly"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"}},{"kind":"Field","name":{"kind":"Name","value":"personMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unaffiliatedResources"}},{"kind":"Field","name":{"kind":"Name","value":"resourceChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hubsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"hubsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"councilsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"councilsClosed"}}]}}]}}]} as unknown as DocumentNode<AreaSiblingsQuery, AreaSiblingsQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"personIds"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const PersonAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PersonAuditTrailQuery, PersonAuditTrailQueryVariables>;
export const SupportCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"referrerNote"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPersonHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tieId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDoneOn"}}]}}]} as unknown as DocumentNode<SupportCaseQuery, SupportCaseQueryVariables>;
export const CasesOfSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesOfSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]}}]} as unknown as DocumentNode<CasesOfSubjectQuery, CasesOfSubjectQueryVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const UpdateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"referrerNote"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPersonHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tieId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDoneOn"}}]}}]} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const RevisePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"referrerNote"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPersonHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tieId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDoneOn"}}]}}]} as unknown as DocumentNode<RevisePlanMutation, RevisePlanMutationVariables>;
export const RecordMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"referrerNote"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPersonHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tieId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDoneOn"}}]}}]} as unknown as DocumentNode<RecordMonitoringMutation, RecordMonitoringMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"referrerNote"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPersonHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tieId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDoneOn"}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const TeamChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"StringValue","value":"PROFESSIONAL","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TeamChoicesQuery, TeamChoicesQueryVariables>;
export const ResourceDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourceDirectoryQuery, ResourceDirectoryQueryVariables>;
export const EcomapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ecomap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ecomap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"subKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]} as unknown as DocumentNode<EcomapQuery, EcomapQueryVariables>;
export const PersonToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"canOffer"}},{"kind":"Field","name":{"kind":"Name","value":"offerTime"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedFor"}}]}}]}}]} as unknown as DocumentNode<PersonToEditQuery, PersonToEditQueryVariables>;
export const HouseholdToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdToEditQuery, HouseholdToEditQueryVariables>;
export const OrganizationToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationToEditQuery, OrganizationToEditQueryVariables>;
export const CouncilToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"covers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilToEditQuery, CouncilToEditQueryVariables>;
export const HubToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"openDays"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}},{"kind":"Field","name":{"kind":"Name","value":"consultationPoint"}},{"kind":"Field","name":{"kind":"Name","value":"helpWanted"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HubToEditQuery, HubToEditQueryVariables>;
export const HouseholdChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HouseholdChoicesQuery, HouseholdChoicesQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DeletePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePersonMutation, DeletePersonMutationVariables>;
export const CreateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateHouseholdMutation, CreateHouseholdMutationVariables>;
export const UpdateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const DeleteHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteHouseholdMutation, DeleteHouseholdMutationVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DeleteOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const CreateCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCouncilMutation, CreateCouncilMutationVariables>;
export const UpdateCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateCouncilMutation, UpdateCouncilMutationVariables>;
export const DeleteCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCouncilMutation, DeleteCouncilMutationVariables>;
export const CreateHubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HubInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateHubMutation, CreateHubMutationVariables>;
export const UpdateHubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HubInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateHubMutation, UpdateHubMutationVariables>;
export const DeleteHubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteHub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteHubMutation, DeleteHubMutationVariables>;
export const IsolatedPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsolatedPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isolatedPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialDegree"}},{"kind":"Field","name":{"kind":"Name","value":"informalTies"}},{"kind":"Field","name":{"kind":"Name","value":"formalTies"}},{"kind":"Field","name":{"kind":"Name","value":"unmetNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<IsolatedPeopleQuery, IsolatedPeopleQueryVariables>;
export const MissingLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissingLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIds"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedIds"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<MissingLinksQuery, MissingLinksQueryVariables>;
export const AcceptSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissingLinkKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suggestedIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"suggestedIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suggestedIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tieIds"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<AcceptSuggestionMutation, AcceptSuggestionMutationVariables>;
export const DismissFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissingLinkKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisitOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"revisitOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisitOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIds"}},{"kind":"Field","name":{"kind":"Name","value":"revisitOn"}}]}}]}}]} as unknown as DocumentNode<DismissFindingMutation, DismissFindingMutationVariables>;
export const DismissedFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DismissedFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissedFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIds"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"}}]}}]}}]} as unknown as DocumentNode<DismissedFindingsQuery, DismissedFindingsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const AreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"elderly"}},{"kind":"Field","name":{"kind":"Name","value":"peopleKnown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"hubCount"}}]}}]}}]} as unknown as DocumentNode<AreasQuery, AreasQueryVariables>;
export const NetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Network"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"show"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"focus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"Argument","name":{"kind":"Name","value":"show"},"value":{"kind":"Variable","name":{"kind":"Name","value":"show"}}},{"kind":"Argument","name":{"kind":"Name","value":"focus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"focus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"external"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"subKind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmetNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"hubs"}},{"kind":"Field","name":{"kind":"Name","value":"councils"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const MapSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<MapSearchQuery, MapSearchQueryVariables>;
export const TiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TieFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TieFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}}]}}]} as unknown as DocumentNode<TiesQuery, TiesQueryVariables>;
export const CreateTieDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTie"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TieInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TieFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TieFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}}]}}]} as unknown as DocumentNode<CreateTieMutation, CreateTieMutationVariables>;
export const UpdateTieDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTie"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TieUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TieFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TieFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}}]}}]} as unknown as DocumentNode<UpdateTieMutation, UpdateTieMutationVariables>;
export const StructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Structure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articulationPoints"}},{"kind":"Field","name":{"kind":"Name","value":"bridges"}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stranded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]} as unknown as DocumentNode<StructureQuery, StructureQueryVariables>;
export const MatchesOfPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesOfPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAs"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"howItGoes"}},{"kind":"Field","name":{"kind":"Name","value":"hostConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"nextOn"}}]}}]}}]} as unknown as DocumentNode<MatchesOfPersonQuery, MatchesOfPersonQueryVariables>;
export const MoveMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAs"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"howItGoes"}},{"kind":"Field","name":{"kind":"Name","value":"hostConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"nextOn"}}]}}]}}]} as unknown as DocumentNode<MoveMatchMutation, MoveMatchMutationVariables>;
export const RecordMatchFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMatchFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMatchFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAs"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"howItGoes"}},{"kind":"Field","name":{"kind":"Name","value":"hostConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"nextOn"}}]}}]}}]} as unknown as DocumentNode<RecordMatchFollowUpMutation, RecordMatchFollowUpMutationVariables>;
export const CouncilMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"councilId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"councilId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"councilId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"nextOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<CouncilMeetingsQuery, CouncilMeetingsQueryVariables>;
export const CouncilAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"councilId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"councilId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"covers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilAreasQuery, CouncilAreasQueryVariables>;
export const MeetingCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bySubject"}},{"kind":"Field","name":{"kind":"Name","value":"who"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<MeetingCaseQuery, MeetingCaseQueryVariables>;
export const AgendaChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgendaChoicesQuery, AgendaChoicesQueryVariables>;
export const RecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"show"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"neutralLabels"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"showEnded"}}]}}]}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const SavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"show"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"neutralLabels"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"showEnded"}}]}}]}}]}}]} as unknown as DocumentNode<SavedViewQuery, SavedViewQueryVariables>;
export const SaveViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"show"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"neutralLabels"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"showEnded"}}]}}]}}]}}]} as unknown as DocumentNode<SaveViewMutation, SaveViewMutationVariables>;
export const DeleteViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteViewMutation, DeleteViewMutationVariables>;
export const WorkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withoutKeyPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchFollowUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsThisWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"councilId"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"nextOn"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIds"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedIds"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<WorkListQuery, WorkListQueryVariables>;