/**
 * Every field of the API, classified once by what it can tell about a person. The disclosure step (disclosure.ts)
 * applies these classes to each value it sends; the schema is checked against this table when the server starts
 * and by test/policy/classification.test.ts, so a field nobody classified is refused, not sent.
 */

export type FieldClass =
  /** says nothing about any person: areas, organizations, hubs, councils, codes, scores */
  | 'public'
  /** a figure over many people, never one of them (counts under 5 are masked for some roles: smallCounts) */
  | 'aggregate'
  /** a person's id: the real id only with DETAILS access, else the viewer's stand-in */
  | 'personId'
  /** a person's name: with NAME or DETAILS access */
  | 'personName'
  /** anything else about a person (needs, roles, age band, interests, consent, household, area, words made from them) */
  | 'personDetail'
  /** dates, strength and note of a tie: with DETAILS access to every person at its ends */
  | 'tieDetail'
  /** about the viewer or the accounts (ADMIN manages them) */
  | 'account'
  /** the audit log (ADMIN; a coordinator reads the trail of a person they see in detail) */
  | 'audit'
  /** a root field whose answer goes through the disclosure step or a policy check of its own */
  | 'guarded';

import { chainedFields } from '../audit/audit.service.js';

type Table = Readonly<Record<string, Readonly<Record<string, FieldClass>>>>;

/** Types whose values are made only of public fields. */
const placeTypes: Table = {
  Area: {
    id: 'public',
    name: 'public',
    tier: 'public',
    parent: 'public',
    population: 'public',
    households: 'public',
    elderly: 'public',
    sortOrder: 'public',
    code: 'public',
    machiazaIds: 'public',
    organizationCount: 'public',
    hubCount: 'public',
    peopleKnown: 'aggregate',
  },
  AreaRef: { id: 'public' },
  // since/until: when the resource opened and closed (areas/period.ts)
  Organization: {
    id: 'public',
    name: 'public',
    kind: 'public',
    fields: 'public',
    area: 'public',
    serves: 'public',
    since: 'public',
    until: 'public',
  },
  Hub: {
    id: 'public',
    name: 'public',
    kind: 'public',
    tags: 'public',
    audience: 'public',
    area: 'public',
    since: 'public',
    until: 'public',
    // its shape: how it is run, when it is open, what it does, what help it wants (public like the hub)
    operator: 'public',
    openDays: 'public',
    openHours: 'public',
    functions: 'public',
    consultationPoint: 'public',
    helpWanted: 'public',
  },
  // 生活便利帳 (server/directory/): organizations and hubs, their areas and the organizations running them
  ResourceDirectory: { area: 'public', asOf: 'public', organizations: 'public', hubs: 'public' },
  DirectoryArea: { id: 'public', name: 'public', tier: 'public' },
  DirectoryOrganization: {
    id: 'public',
    name: 'public',
    nameKana: 'public',
    kind: 'public',
    fields: 'public',
    area: 'public',
    serves: 'public',
    local: 'public',
  },
  DirectoryHub: {
    id: 'public',
    name: 'public',
    nameKana: 'public',
    kind: 'public',
    tags: 'public',
    area: 'public',
    operators: 'public',
  },
  Council: {
    id: 'public',
    name: 'public',
    kind: 'public',
    tier: 'public',
    covers: 'public',
    since: 'public',
    until: 'public',
  },
  // the 地域カルテ's resources opened and closed in the year (analysis/area-report/resourceChanges.ts)
  ResourceChanges: {
    from: 'public',
    hubsOpened: 'public',
    hubsClosed: 'public',
    organizationsOpened: 'public',
    organizationsClosed: 'public',
    councilsOpened: 'public',
    councilsClosed: 'public',
  },
  CouncilMembers: {
    id: 'public',
    name: 'public',
    kind: 'public',
    tier: 'public',
    organizationMembers: 'public',
    personMembers: 'aggregate',
  },
  // counts of people and the rates made from them, masked under 5 for some roles (smallCounts.ts)
  Count: { value: 'aggregate', masked: 'aggregate', text: 'aggregate' },
  Rate: { value: 'aggregate', masked: 'aggregate' },
  FieldCount: { field: 'public', count: 'aggregate' },
  FieldPeople: { field: 'public', people: 'aggregate' },
  SiblingReports: { parentId: 'public', areas: 'aggregate', withheld: 'public' },
  KindCount: { kind: 'public', count: 'aggregate' },
  AreaReport: {
    areaId: 'public',
    name: 'public',
    tier: 'public',
    asOf: 'public',
    population: 'public',
    households: 'public',
    elderly: 'public',
    children: 'public',
    councils: 'public',
    hubs: 'public',
    hubsByKind: 'public',
    hubsPer1000Elderly: 'public',
    organizations: 'public',
    organizationsByField: 'public',
    unaffiliatedResources: 'public',
    resourceChanges: 'public',
    residentsKnown: 'aggregate',
    isolated: 'aggregate',
    isolationRate: 'aggregate',
    peopleInNeed: 'aggregate',
    peopleWithUnmetNeeds: 'aggregate',
    unmetNeedsByField: 'aggregate',
    watchersPerPersonInNeed: 'aggregate',
    cases: 'aggregate',
  },
  // casework in figures (area-report/caseFigures.ts): cases are about people, so their counts are masked Counts
  CaseFigures: {
    fiscalYear: 'public',
    from: 'public',
    to: 'public',
    newCases: 'aggregate',
    newCasesByRoute: 'aggregate',
    communityRoutes: 'public',
    communityCases: 'aggregate',
    communityShare: 'aggregate',
    closedCases: 'aggregate',
    closedByReason: 'aggregate',
    firstPlans: 'aggregate',
    planRevisions: 'aggregate',
    meetingsByCouncil: 'public',
    multiNeedHouseholds: 'aggregate',
    followUpsDue: 'aggregate',
    followUpsOnTime: 'aggregate',
    followUpOnTimeRate: 'aggregate',
  },
  RouteCases: { route: 'public', cases: 'aggregate' },
  ReasonCases: { reason: 'public', cases: 'aggregate' },
  CouncilMeetings: { councilId: 'public', name: 'public', meetings: 'public' },
};

/** Types that carry people. */
const personTypes: Table = {
  Person: {
    id: 'personId',
    access: 'public',
    name: 'personName',
    // the reading tells the name: shown, and searched, exactly where the name is
    nameKana: 'personName',
    ageBand: 'personDetail',
    roles: 'personDetail',
    needs: 'personDetail',
    interests: 'personDetail',
    // 担い手: what they can offer and when, personal like their other details
    canOffer: 'personDetail',
    offerTime: 'personDetail',
    consent: 'personDetail',
    area: 'personDetail',
    household: 'personDetail',
    restrictedFor: 'personDetail',
  },
  PersonRef: { id: 'personId', name: 'personName' },
  HouseholdRef: { id: 'personDetail' },
  Household: { id: 'personDetail', name: 'personDetail', area: 'personDetail', memberCount: 'personDetail' },
  Tie: {
    id: 'tieDetail',
    type: 'tieDetail',
    category: 'public',
    sourceId: 'personId',
    targetId: 'personId',
    since: 'tieDetail',
    until: 'tieDetail',
    strength: 'tieDetail',
    note: 'tieDetail',
    active: 'public',
    // each end's name as its own access allows (tie.access.ts): a name with NAME or DETAILS, else null
    sourceName: 'personName',
    targetName: 'personName',
  },
  Network: { nodes: 'public', edges: 'public' },
  NetworkNode: {
    id: 'personId',
    kind: 'public',
    label: 'personName',
    parentId: 'personDetail',
    tier: 'public',
    subKind: 'public',
    roles: 'personDetail',
    fields: 'personDetail',
    tags: 'personDetail',
    ageBand: 'personDetail',
    anonymous: 'public',
    external: 'public',
    open: 'public',
    summary: 'aggregate',
  },
  AreaSummary: {
    people: 'aggregate',
    households: 'aggregate',
    isolated: 'aggregate',
    unmetNeeds: 'aggregate',
    organizations: 'public',
    hubs: 'public',
    councils: 'public',
  },
  MapSearchHit: { id: 'personId', kind: 'public', label: 'personName', path: 'personDetail' },
  CategoryCount: { category: 'public', count: 'aggregate' },
  NetworkEdge: {
    id: 'tieDetail',
    source: 'personId',
    target: 'personId',
    type: 'tieDetail',
    category: 'public',
    strength: 'tieDetail',
    since: 'tieDetail',
    until: 'tieDetail',
    active: 'public',
    count: 'aggregate',
    categories: 'aggregate',
  },
  NetworkStructure: {
    nodeCount: 'aggregate',
    edgeCount: 'aggregate',
    components: 'aggregate',
    componentSizes: 'aggregate',
    articulationPoints: 'personId',
    bridges: 'personId',
    brokers: 'public',
    communities: 'public',
    cutPoints: 'public',
  },
  // the sentence names a person point only as the viewer sees them (a role only in detail): cutPoints.view.ts
  CutPoint: { id: 'personId', kind: 'public', stranded: 'aggregate', cutOff: 'aggregate', sentence: 'personName' },
  Broker: { id: 'personId', betweenness: 'public' },
  Community: { id: 'public', size: 'aggregate', memberIds: 'personId' },
  IsolatedPerson: {
    person: 'public',
    socialDegree: 'personDetail',
    informalTies: 'personDetail',
    formalTies: 'personDetail',
    unmetNeeds: 'personDetail',
    reasons: 'personDetail',
  },
  // a finding names only people and households the viewer sees in detail (missing-links/disclosed.ts)
  FindingRef: { id: 'personId', kind: 'public', name: 'personName' },
  MissingLink: {
    kind: 'public',
    subjectIds: 'personId',
    suggestedIds: 'personId',
    subjects: 'public',
    suggested: 'public',
    field: 'personDetail',
    explanation: 'personDetail',
    score: 'public',
  },
  DismissedFinding: {
    kind: 'public',
    subjectIds: 'personId',
    field: 'personDetail',
    explanation: 'personDetail',
    reason: 'personDetail',
    note: 'personDetail',
    revisitOn: 'personDetail',
    dismissedBy: 'account',
    dismissedAt: 'personDetail',
  },
  AcceptedSuggestion: {
    kind: 'public',
    subjectIds: 'personId',
    suggestedIds: 'personId',
    tieIds: 'tieDetail',
    councilId: 'public',
    caseId: 'personDetail',
    matchIds: 'personDetail',
    acceptedBy: 'account',
    acceptedAt: 'public',
  },
};

const accountTypes: Table = {
  Me: { username: 'account', role: 'account', areaIds: 'account' },
  User: { username: 'account', role: 'account', areaIds: 'account', disabled: 'account' },
};

/** The audit log: read by ADMIN (all of it) and by a person's coordinator (who looked at them). */
const auditTypes: Table = {
  // every stored property of an event, as the chain hashes them, and the hash
  AuditEvent: Object.fromEntries([...chainedFields, 'hash'].map((field) => [field, 'audit' as const])),
  AuditChange: { field: 'audit', before: 'audit', after: 'audit' },
  AuditIntegrity: {
    holds: 'audit',
    checked: 'audit',
    headSeq: 'audit',
    firstBrokenSeq: 'audit',
    reason: 'audit',
    unchainedEvents: 'audit',
  },
  PersonAuditEntry: { at: 'audit', username: 'audit', role: 'audit', action: 'audit', level: 'audit' },
};

/** Saved views: their ids are shown to each reader as the policy allows (server/views/viewIds.ts). */
const viewTypes: Table = {
  SavedView: {
    id: 'public',
    name: 'public',
    areaId: 'public',
    areaName: 'public',
    owner: 'account',
    mine: 'account',
    position: 'public',
    state: 'public',
    createdAt: 'public',
    updatedAt: 'public',
  },
  MapViewState: {
    open: 'public',
    show: 'personId',
    focus: 'personId',
    filters: 'public',
    neutralLabels: 'public',
    asOf: 'public',
  },
  ViewFilters: { kinds: 'public', categories: 'public', fields: 'public', showEnded: 'public' },
};

/** Root fields: each answers through the disclosure step or checks the policy itself. */
const rootTypes: Table = {
  Query: {
    me: 'account',
    users: 'account',
    areas: 'guarded',
    area: 'guarded',
    areaReport: 'guarded',
    areaSiblings: 'guarded',
    people: 'guarded',
    person: 'guarded',
    households: 'guarded',
    household: 'guarded',
    organizations: 'guarded',
    organization: 'guarded',
    councils: 'guarded',
    council: 'guarded',
    hubs: 'guarded',
    hub: 'guarded',
    ties: 'guarded',
    network: 'guarded',
    resourceDirectory: 'guarded',
    mapSearch: 'guarded',
    ecomap: 'guarded',
    isolatedPeople: 'guarded',
    missingLinks: 'guarded',
    structure: 'guarded',
    auditEvents: 'audit',
    auditIntegrity: 'audit',
    personAuditTrail: 'audit',
    savedViews: 'guarded',
    savedView: 'guarded',
    cases: 'guarded',
    case: 'guarded',
    dismissedFindings: 'guarded',
    workList: 'guarded',
    meetings: 'guarded',
    meetingCase: 'guarded',
    matches: 'guarded',
    match: 'guarded',
  },
  Mutation: {
    login: 'account',
    logout: 'account',
    changePassword: 'account',
    createUser: 'account',
    changeUserAccess: 'account',
    disableUser: 'account',
    enableUser: 'account',
    resetPassword: 'account',
    createArea: 'guarded',
    updateArea: 'guarded',
    deleteArea: 'guarded',
    createPerson: 'guarded',
    updatePerson: 'guarded',
    deletePerson: 'guarded',
    createHousehold: 'guarded',
    updateHousehold: 'guarded',
    deleteHousehold: 'guarded',
    createOrganization: 'guarded',
    updateOrganization: 'guarded',
    deleteOrganization: 'guarded',
    createCouncil: 'guarded',
    updateCouncil: 'guarded',
    deleteCouncil: 'guarded',
    createHub: 'guarded',
    updateHub: 'guarded',
    deleteHub: 'guarded',
    createTie: 'guarded',
    updateTie: 'guarded',
    deleteTie: 'guarded',
    acceptSuggestion: 'guarded',
    saveView: 'guarded',
    deleteView: 'guarded',
    openCase: 'guarded',
    updateCase: 'guarded',
    revisePlan: 'guarded',
    recordMonitoring: 'guarded',
    closeCase: 'guarded',
    dismissFinding: 'guarded',
    recordMeeting: 'guarded',
    proposeMatch: 'guarded',
    moveMatch: 'guarded',
    recordMatchFollowUp: 'guarded',
  },
};

/**
 * Support cases: shown whole to a viewer who sees the subject in detail, to nobody else (server/cases/case.access.ts);
 * the people a case names are shown as the policy shows them anywhere.
 */
const caseTypes: Table = {
  Case: {
    id: 'personDetail',
    subject: 'personDetail',
    areaId: 'personDetail',
    status: 'personDetail',
    openedOn: 'personDetail',
    openedBy: 'personDetail',
    route: 'personDetail',
    referrer: 'personDetail',
    referrerNote: 'personDetail',
    team: 'personDetail',
    keyPerson: 'personDetail',
    keyPersonHistory: 'personDetail',
    direction: 'personDetail',
    reviewOn: 'personDetail',
    plan: 'personDetail',
    plans: 'personDetail',
    monitoring: 'personDetail',
    closedOn: 'personDetail',
    closeReason: 'personDetail',
    closeNote: 'personDetail',
    followUpOn: 'personDetail',
    followUpDoneOn: 'personDetail',
    meetings: 'personDetail',
  },
  // meetings: the agenda names a case only when the basis shares it (server/meetings/meeting.basis.ts)
  Meeting: {
    id: 'public',
    councilId: 'public',
    councilName: 'public',
    on: 'public',
    basis: 'public',
    attendees: 'personDetail',
    agenda: 'personDetail',
    minutes: 'personDetail',
    nextOn: 'public',
    recordedBy: 'account',
  },
  AgendaItem: { caseId: 'personDetail', withheld: 'public', decision: 'personDetail', revised: 'personDetail' },
  CaseMeeting: {
    meetingId: 'personDetail',
    councilId: 'personDetail',
    councilName: 'personDetail',
    on: 'personDetail',
    basis: 'personDetail',
    decision: 'personDetail',
    revised: 'personDetail',
    planVersion: 'personDetail',
  },
  MeetingCase: {
    meetingId: 'public',
    caseId: 'personDetail',
    subject: 'personDetail',
    status: 'personDetail',
    direction: 'personDetail',
    keyPerson: 'personDetail',
    plan: 'personDetail',
    reviewOn: 'personDetail',
    decision: 'personDetail',
  },
  MeetingPlanLine: { bySubject: 'personDetail', who: 'personDetail', what: 'personDetail', status: 'personDetail' },
  WorkList: {
    today: 'public',
    until: 'public',
    reviewsDue: 'personDetail',
    reviewsOverdue: 'personDetail',
    followUpsDue: 'personDetail',
    withoutKeyPerson: 'personDetail',
    matchFollowUpsDue: 'personDetail',
    meetingsThisWeek: 'personDetail',
    newFindings: 'personDetail',
    lastVisitAt: 'account',
  },
  // 参加支援: a match is shown only to a viewer who sees its person in detail (server/matches/match.access.ts)
  Match: {
    id: 'personDetail',
    person: 'personDetail',
    place: 'personDetail',
    areaId: 'personDetail',
    stage: 'personDetail',
    role: 'personDetail',
    proposedOn: 'personDetail',
    startedOn: 'personDetail',
    endedOn: 'personDetail',
    steps: 'personDetail',
    followUps: 'personDetail',
    nextFollowUpOn: 'personDetail',
    tieId: 'personDetail',
    suggestedAs: 'personDetail',
    note: 'personDetail',
  },
  MatchPerson: { id: 'personId', name: 'personName' },
  MatchPlace: { id: 'public', kind: 'public', name: 'public' },
  MatchStep: { stage: 'personDetail', on: 'personDetail', by: 'personDetail' },
  MatchFollowUp: {
    id: 'personDetail',
    on: 'personDetail',
    who: 'personDetail',
    howItGoes: 'personDetail',
    hostConcerns: 'personDetail',
    nextOn: 'personDetail',
    recordedBy: 'personDetail',
  },
  // a person on a case: their id is the stand-in and their name null unless the viewer sees them so
  CaseParty: { id: 'personId', kind: 'public', name: 'personName' },
  KeyPersonTerm: { person: 'personDetail', since: 'personDetail', until: 'personDetail', decidedAt: 'personDetail' },
  Plan: {
    id: 'personDetail',
    version: 'personDetail',
    madeOn: 'personDetail',
    madeBy: 'personDetail',
    note: 'personDetail',
    items: 'personDetail',
    decidedAt: 'personDetail',
  },
  PlanItem: {
    id: 'personDetail',
    who: 'personDetail',
    what: 'personDetail',
    field: 'personDetail',
    startOn: 'personDetail',
    reviewOn: 'personDetail',
    status: 'personDetail',
    tieId: 'tieDetail',
  },
  ItemOutcome: { itemId: 'personDetail', outcome: 'personDetail' },
  Monitoring: {
    id: 'personDetail',
    on: 'personDetail',
    who: 'personDetail',
    seen: 'personDetail',
    outcomes: 'personDetail',
    nextReviewOn: 'personDetail',
    followUp: 'personDetail',
    recordedBy: 'personDetail',
  },
};

export const classification: Table = {
  ...placeTypes,
  ...personTypes,
  ...accountTypes,
  ...auditTypes,
  ...viewTypes,
  ...caseTypes,
  ...rootTypes,
};

/** The class of a field; throws for a field nobody classified, so it cannot be sent by accident. */
export function classOf(type: string, field: string): FieldClass {
  const found = classification[type]?.[field];
  if (!found) throw new Error(`the field ${type}.${field} is not classified in server/auth/classification.ts`);
  return found;
}

/** The fields of object types in the schema that the table does not classify ("Type.field"). */
export function unclassifiedFields(types: { name: string; fields: string[] }[]): string[] {
  return types.flatMap((type) =>
    type.fields.filter((field) => !classification[type.name]?.[field]).map((field) => `${type.name}.${field}`),
  );
}
