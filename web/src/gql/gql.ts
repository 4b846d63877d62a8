/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      username\n      role\n      areaIds\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UserFields on User {\n    username\n    role\n    areaIds\n    disabled\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ChangeUserAccess($username: String!, $role: UserRole!, $areaIds: [ID!]!) {\n    changeUserAccess(username: $username, role: $role, areaIds: $areaIds) {\n      ...UserFields\n    }\n  }\n": typeof types.ChangeUserAccessDocument,
    "\n  mutation DisableUser($username: String!) {\n    disableUser(username: $username) {\n      ...UserFields\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($username: String!) {\n    enableUser(username: $username) {\n      ...UserFields\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment CountFields on Count {\n    value\n    masked\n    text\n  }\n": typeof types.CountFieldsFragmentDoc,
    "\n  fragment ReportFigures on AreaReport {\n    areaId\n    name\n    tier\n    asOf\n    population\n    households\n    elderly\n    residentsKnown {\n      ...CountFields\n    }\n    isolated {\n      ...CountFields\n    }\n    isolationRate {\n      value\n      masked\n    }\n    peopleInNeed {\n      ...CountFields\n    }\n    peopleWithUnmetNeeds {\n      ...CountFields\n    }\n    unmetNeedsByField {\n      field\n      people {\n        ...CountFields\n      }\n    }\n    watchersPerPersonInNeed {\n      value\n      masked\n    }\n    hubs\n    hubsByKind {\n      kind\n      count\n    }\n    hubsPer1000Elderly\n    organizations\n    organizationsByField {\n      field\n      count\n    }\n    councils {\n      id\n      name\n      kind\n      tier\n      organizationMembers\n      personMembers {\n        ...CountFields\n      }\n    }\n    unaffiliatedResources\n    resourceChanges {\n      hubsOpened\n      hubsClosed\n      organizationsOpened\n      organizationsClosed\n      councilsOpened\n      councilsClosed\n    }\n  }\n": typeof types.ReportFiguresFragmentDoc,
    "\n  fragment CaseFiguresFields on CaseFigures {\n    fiscalYear\n    from\n    to\n    newCases {\n      ...CountFields\n    }\n    newCasesByRoute {\n      route\n      cases {\n        ...CountFields\n      }\n    }\n    communityRoutes\n    communityCases {\n      ...CountFields\n    }\n    communityShare {\n      value\n      masked\n    }\n    closedCases {\n      ...CountFields\n    }\n    closedByReason {\n      reason\n      cases {\n        ...CountFields\n      }\n    }\n    firstPlans {\n      ...CountFields\n    }\n    planRevisions {\n      ...CountFields\n    }\n    meetingsByCouncil {\n      councilId\n      name\n      meetings\n    }\n    multiNeedHouseholds {\n      ...CountFields\n    }\n    followUpsDue {\n      ...CountFields\n    }\n    followUpsOnTime {\n      ...CountFields\n    }\n    followUpOnTimeRate {\n      value\n      masked\n    }\n  }\n": typeof types.CaseFiguresFieldsFragmentDoc,
    "\n  query AreaReport($areaId: ID!, $asOf: String) {\n    areaReport(areaId: $areaId, asOf: $asOf) {\n      ...ReportFigures\n      cases {\n        ...CaseFiguresFields\n      }\n      children {\n        ...ReportFigures\n      }\n    }\n  }\n": typeof types.AreaReportDocument,
    "\n  query AreaSiblings($areaId: ID!, $asOf: String) {\n    areaSiblings(areaId: $areaId, asOf: $asOf) {\n      parentId\n      withheld\n      areas {\n        ...ReportFigures\n      }\n    }\n  }\n": typeof types.AreaSiblingsDocument,
    "\n  query AuditEvents($personId: ID, $username: String, $from: String, $to: String, $kind: AuditKind, $limit: Int, $offset: Int) {\n    auditEvents(personId: $personId, username: $username, from: $from, to: $to, kind: $kind, limit: $limit, offset: $offset) {\n      seq\n      at\n      kind\n      action\n      username\n      role\n      requestId\n      address\n      personIds\n      level\n      entity\n      entityId\n      changes {\n        field\n        before\n        after\n      }\n      message\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query PersonAuditTrail($personId: ID!) {\n    personAuditTrail(personId: $personId, limit: 20) {\n      at\n      username\n      role\n      action\n      level\n    }\n  }\n": typeof types.PersonAuditTrailDocument,
    "\n  fragment CaseFields on Case {\n    id\n    status\n    areaId\n    openedOn\n    openedBy\n    route\n    referrerNote\n    referrer { id kind name }\n    subject { id kind name }\n    team { id kind name }\n    keyPerson { id name }\n    keyPersonHistory { person { id name } since until decidedAt }\n    direction\n    reviewOn\n    plan {\n      id version madeOn madeBy note decidedAt\n      items { id who { id kind name } what field startOn reviewOn status tieId }\n    }\n    plans { id version madeOn madeBy decidedAt items { id who { id kind name } what status } }\n    meetings { meetingId councilId councilName on basis decision revised planVersion }\n    monitoring { id on who seen nextReviewOn followUp recordedBy outcomes { itemId outcome } }\n    closedOn\n    closeReason\n    closeNote\n    followUpOn\n    followUpDoneOn\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query SupportCase($id: ID!) {\n    case(id: $id) { ...CaseFields }\n  }\n": typeof types.SupportCaseDocument,
    "\n  query CasesOfSubject($areaId: ID!, $subjectId: ID!) {\n    cases(areaId: $areaId, subjectId: $subjectId) { id status openedOn }\n  }\n": typeof types.CasesOfSubjectDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { id }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation RevisePlan($caseId: ID!, $items: [PlanItemInput!]!, $note: String, $meetingId: ID) {\n    revisePlan(caseId: $caseId, items: $items, note: $note, meetingId: $meetingId) { ...CaseFields }\n  }\n": typeof types.RevisePlanDocument,
    "\n  mutation RecordMonitoring($caseId: ID!, $input: MonitoringInput!) {\n    recordMonitoring(caseId: $caseId, input: $input) { ...CaseFields }\n  }\n": typeof types.RecordMonitoringDocument,
    "\n  mutation CloseCase($id: ID!, $input: CloseCaseInput!) {\n    closeCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.CloseCaseDocument,
    "\n  query TeamChoices($areaId: ID!) {\n    organizations(areaId: $areaId) { id name }\n    people(areaId: $areaId, role: \"PROFESSIONAL\") { id name }\n  }\n": typeof types.TeamChoicesDocument,
    "\n  query ResourceDirectory($areaId: ID!) {\n    resourceDirectory(areaId: $areaId) {\n      area {\n        id\n        name\n        tier\n      }\n      asOf\n      organizations {\n        id\n        name\n        nameKana\n        kind\n        fields\n        local\n        area {\n          id\n          name\n        }\n        serves {\n          id\n          name\n        }\n      }\n      hubs {\n        id\n        name\n        nameKana\n        kind\n        tags\n        operators\n        area {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResourceDirectoryDocument,
    "\n  query Ecomap($personId: ID, $householdId: ID, $includeEnded: Boolean!, $asOf: String) {\n    ecomap(personId: $personId, householdId: $householdId, includeEnded: $includeEnded, asOf: $asOf) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        anonymous\n        roles\n        fields\n        ageBand\n        subKind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n      }\n    }\n  }\n": typeof types.EcomapDocument,
    "\n  query PersonToEdit($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      nameKana\n      ageBand\n      canOffer\n      offerTime\n      area {\n        id\n      }\n      household {\n        id\n      }\n      roles\n      needs\n      interests\n      consent\n      restrictedFor\n    }\n  }\n": typeof types.PersonToEditDocument,
    "\n  query HouseholdToEdit($id: ID!) {\n    household(id: $id) {\n      id\n      name\n      memberCount\n      area {\n        id\n      }\n    }\n  }\n": typeof types.HouseholdToEditDocument,
    "\n  query OrganizationToEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      fields\n      since\n      until\n      area {\n        id\n      }\n      serves {\n        id\n      }\n    }\n  }\n": typeof types.OrganizationToEditDocument,
    "\n  query CouncilToEdit($id: ID!) {\n    council(id: $id) {\n      id\n      name\n      kind\n      tier\n      since\n      until\n      covers {\n        id\n      }\n    }\n  }\n": typeof types.CouncilToEditDocument,
    "\n  query HubToEdit($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      kind\n      tags\n      audience\n      operator\n      openDays\n      openHours\n      functions\n      consultationPoint\n      helpWanted\n      since\n      until\n      area {\n        id\n      }\n    }\n  }\n": typeof types.HubToEditDocument,
    "\n  query HouseholdChoices($areaId: ID!) {\n    households(areaId: $areaId) {\n      id\n      name\n    }\n  }\n": typeof types.HouseholdChoicesDocument,
    "\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdate!) {\n    updatePerson(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n": typeof types.DeletePersonDocument,
    "\n  mutation CreateHousehold($id: ID!, $input: HouseholdInput!) {\n    createHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateHouseholdDocument,
    "\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id)\n  }\n": typeof types.DeleteHouseholdDocument,
    "\n  mutation CreateOrganization($id: ID!, $input: OrganizationInput!) {\n    createOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": typeof types.DeleteOrganizationDocument,
    "\n  mutation CreateCouncil($id: ID!, $input: CouncilInput!) {\n    createCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCouncilDocument,
    "\n  mutation UpdateCouncil($id: ID!, $input: CouncilInput!) {\n    updateCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCouncilDocument,
    "\n  mutation DeleteCouncil($id: ID!) {\n    deleteCouncil(id: $id)\n  }\n": typeof types.DeleteCouncilDocument,
    "\n  mutation CreateHub($id: ID!, $input: HubInput!) {\n    createHub(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHubDocument,
    "\n  mutation UpdateHub($id: ID!, $input: HubInput!) {\n    updateHub(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateHubDocument,
    "\n  mutation DeleteHub($id: ID!) {\n    deleteHub(id: $id)\n  }\n": typeof types.DeleteHubDocument,
    "\n  query IsolatedPeople($areaId: ID!, $asOf: String) {\n    isolatedPeople(areaId: $areaId, asOf: $asOf) {\n      person {\n        id\n        name\n      }\n      socialDegree\n      informalTies\n      formalTies\n      unmetNeeds\n      reasons\n    }\n  }\n": typeof types.IsolatedPeopleDocument,
    "\n  query MissingLinks($areaId: ID!, $asOf: String) {\n    missingLinks(areaId: $areaId, asOf: $asOf) {\n      kind\n      subjectIds\n      suggestedIds\n      subjects {\n        id\n        kind\n        name\n      }\n      suggested {\n        id\n        kind\n        name\n      }\n      field\n      explanation\n      score\n    }\n  }\n": typeof types.MissingLinksDocument,
    "\n  mutation AcceptSuggestion($kind: MissingLinkKind!, $subjectIds: [ID!]!, $suggestedIds: [ID!]!, $field: String, $note: String) {\n    acceptSuggestion(kind: $kind, subjectIds: $subjectIds, suggestedIds: $suggestedIds, field: $field, note: $note) {\n      kind\n      tieIds\n      councilId\n      acceptedBy\n      acceptedAt\n    }\n  }\n": typeof types.AcceptSuggestionDocument,
    "\n  mutation DismissFinding($kind: MissingLinkKind!, $subjectIds: [ID!]!, $field: String, $reason: DismissReason!, $revisitOn: String!, $note: String) {\n    dismissFinding(kind: $kind, subjectIds: $subjectIds, field: $field, reason: $reason, revisitOn: $revisitOn, note: $note) {\n      kind\n      subjectIds\n      revisitOn\n    }\n  }\n": typeof types.DismissFindingDocument,
    "\n  query DismissedFindings($areaId: ID!) {\n    dismissedFindings(areaId: $areaId) {\n      kind\n      subjectIds\n      field\n      explanation\n      reason\n      note\n      revisitOn\n      dismissedBy\n    }\n  }\n": typeof types.DismissedFindingsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password)\n  }\n": typeof types.LoginDocument,
    "\n  query Areas {\n    areas {\n      id\n      name\n      tier\n      sortOrder\n      parent {\n        id\n      }\n      population\n      households\n      elderly\n      peopleKnown {\n        value\n        masked\n        text\n      }\n      organizationCount\n      hubCount\n    }\n  }\n": typeof types.AreasDocument,
    "\n  query Network($areaId: ID!, $includeEnded: Boolean!, $asOf: String, $open: [ID!], $show: [ID!], $focus: ID) {\n    network(areaId: $areaId, includeEnded: $includeEnded, asOf: $asOf, open: $open, show: $show, focus: $focus) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        tier\n        anonymous\n        external\n        fields\n        roles\n        subKind\n        tags\n        ageBand\n        open\n        summary {\n          people {\n            ...CountFields\n          }\n          households {\n            ...CountFields\n          }\n          isolated {\n            ...CountFields\n          }\n          unmetNeeds {\n            ...CountFields\n          }\n          organizations\n          hubs\n          councils\n        }\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n        count\n        categories {\n          category\n          count\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query MapSearch($areaId: ID!, $text: String!) {\n    mapSearch(areaId: $areaId, text: $text, limit: 20) {\n      id\n      kind\n      label\n      path\n    }\n  }\n": typeof types.MapSearchDocument,
    "\n  fragment TieFields on Tie {\n    id\n    sourceId\n    targetId\n    type\n    category\n    strength\n    active\n    since\n    until\n    note\n    sourceName\n    targetName\n  }\n": typeof types.TieFieldsFragmentDoc,
    "\n  query Ties($nodeId: ID!) {\n    ties(nodeId: $nodeId) {\n      ...TieFields\n    }\n  }\n": typeof types.TiesDocument,
    "\n  mutation CreateTie($input: TieInput!) {\n    createTie(input: $input) {\n      ...TieFields\n    }\n  }\n": typeof types.CreateTieDocument,
    "\n  mutation UpdateTie($id: ID!, $input: TieUpdate!) {\n    updateTie(id: $id, input: $input) {\n      ...TieFields\n    }\n  }\n": typeof types.UpdateTieDocument,
    "\n  query Structure($areaId: ID!) {\n    structure(areaId: $areaId) {\n      articulationPoints\n      bridges\n      brokers {\n        id\n        betweenness\n      }\n      communities {\n        id\n        size\n        memberIds\n      }\n      cutPoints {\n        id\n        kind\n        stranded {\n          value\n          masked\n          text\n        }\n        cutOff {\n          value\n          masked\n          text\n        }\n        sentence\n      }\n    }\n  }\n": typeof types.StructureDocument,
    "\n  fragment MatchFields on Match {\n    id\n    stage\n    role\n    proposedOn\n    startedOn\n    endedOn\n    nextFollowUpOn\n    suggestedAs\n    place { id kind name }\n    followUps { id on who howItGoes hostConcerns nextOn }\n  }\n": typeof types.MatchFieldsFragmentDoc,
    "\n  query MatchesOfPerson($areaId: ID!, $personId: ID!) {\n    matches(areaId: $areaId, personId: $personId) { ...MatchFields }\n  }\n": typeof types.MatchesOfPersonDocument,
    "\n  mutation MoveMatch($id: ID!, $input: MoveMatchInput!) {\n    moveMatch(id: $id, input: $input) { ...MatchFields }\n  }\n": typeof types.MoveMatchDocument,
    "\n  mutation RecordMatchFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordMatchFollowUp(id: $id, input: $input) { ...MatchFields }\n  }\n": typeof types.RecordMatchFollowUpDocument,
    "\n  query CouncilMeetings($councilId: ID!) {\n    meetings(councilId: $councilId) {\n      id\n      councilName\n      on\n      basis\n      attendees { id kind name }\n      agenda { caseId withheld decision revised }\n      minutes\n      nextOn\n      recordedBy\n    }\n  }\n": typeof types.CouncilMeetingsDocument,
    "\n  query CouncilAreas($councilId: ID!) {\n    council(id: $councilId) { id name covers { id } }\n  }\n": typeof types.CouncilAreasDocument,
    "\n  query MeetingCase($meetingId: ID!, $caseId: ID!) {\n    meetingCase(meetingId: $meetingId, caseId: $caseId) {\n      caseId\n      subject { id kind name }\n      status\n      direction\n      keyPerson { name }\n      plan { bySubject who { id name } what status }\n      reviewOn\n      decision\n    }\n  }\n": typeof types.MeetingCaseDocument,
    "\n  query AgendaChoices($areaId: ID!) {\n    cases(areaId: $areaId) { id status subject { id name } }\n  }\n": typeof types.AgendaChoicesDocument,
    "\n  mutation RecordMeeting($input: MeetingInput!) {\n    recordMeeting(input: $input) { id }\n  }\n": typeof types.RecordMeetingDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    areaId\n    areaName\n    owner\n    mine\n    position\n    updatedAt\n    state {\n      open\n      show\n      focus\n      neutralLabels\n      asOf\n      filters {\n        kinds\n        categories\n        fields\n        showEnded\n      }\n    }\n  }\n": typeof types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews {\n    savedViews {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SavedViewDocument,
    "\n  mutation SaveView($id: ID, $input: SavedViewInput!) {\n    saveView(id: $id, input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SaveViewDocument,
    "\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n": typeof types.DeleteViewDocument,
    "\n  query WorkList {\n    workList {\n      today\n      until\n      lastVisitAt\n      reviewsDue { id reviewOn status subject { id kind name } keyPerson { name } }\n      reviewsOverdue { id reviewOn status subject { id kind name } keyPerson { name } }\n      followUpsDue { id followUpOn closeReason subject { id kind name } }\n      withoutKeyPerson { id openedOn status subject { id kind name } }\n      matchFollowUpsDue { id stage nextFollowUpOn areaId person { id name } place { id name } }\n      meetingsThisWeek { id councilId councilName nextOn agenda { caseId withheld } }\n      newFindings { kind subjectIds suggestedIds subjects { id kind name } suggested { id kind name } field explanation score }\n    }\n  }\n": typeof types.WorkListDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      username\n      role\n      areaIds\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UserFields on User {\n    username\n    role\n    areaIds\n    disabled\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ChangeUserAccess($username: String!, $role: UserRole!, $areaIds: [ID!]!) {\n    changeUserAccess(username: $username, role: $role, areaIds: $areaIds) {\n      ...UserFields\n    }\n  }\n": types.ChangeUserAccessDocument,
    "\n  mutation DisableUser($username: String!) {\n    disableUser(username: $username) {\n      ...UserFields\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($username: String!) {\n    enableUser(username: $username) {\n      ...UserFields\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment CountFields on Count {\n    value\n    masked\n    text\n  }\n": types.CountFieldsFragmentDoc,
    "\n  fragment ReportFigures on AreaReport {\n    areaId\n    name\n    tier\n    asOf\n    population\n    households\n    elderly\n    residentsKnown {\n      ...CountFields\n    }\n    isolated {\n      ...CountFields\n    }\n    isolationRate {\n      value\n      masked\n    }\n    peopleInNeed {\n      ...CountFields\n    }\n    peopleWithUnmetNeeds {\n      ...CountFields\n    }\n    unmetNeedsByField {\n      field\n      people {\n        ...CountFields\n      }\n    }\n    watchersPerPersonInNeed {\n      value\n      masked\n    }\n    hubs\n    hubsByKind {\n      kind\n      count\n    }\n    hubsPer1000Elderly\n    organizations\n    organizationsByField {\n      field\n      count\n    }\n    councils {\n      id\n      name\n      kind\n      tier\n      organizationMembers\n      personMembers {\n        ...CountFields\n      }\n    }\n    unaffiliatedResources\n    resourceChanges {\n      hubsOpened\n      hubsClosed\n      organizationsOpened\n      organizationsClosed\n      councilsOpened\n      councilsClosed\n    }\n  }\n": types.ReportFiguresFragmentDoc,
    "\n  fragment CaseFiguresFields on CaseFigures {\n    fiscalYear\n    from\n    to\n    newCases {\n      ...CountFields\n    }\n    newCasesByRoute {\n      route\n      cases {\n        ...CountFields\n      }\n    }\n    communityRoutes\n    communityCases {\n      ...CountFields\n    }\n    communityShare {\n      value\n      masked\n    }\n    closedCases {\n      ...CountFields\n    }\n    closedByReason {\n      reason\n      cases {\n        ...CountFields\n      }\n    }\n    firstPlans {\n      ...CountFields\n    }\n    planRevisions {\n      ...CountFields\n    }\n    meetingsByCouncil {\n      councilId\n      name\n      meetings\n    }\n    multiNeedHouseholds {\n      ...CountFields\n    }\n    followUpsDue {\n      ...CountFields\n    }\n    followUpsOnTime {\n      ...CountFields\n    }\n    followUpOnTimeRate {\n      value\n      masked\n    }\n  }\n": types.CaseFiguresFieldsFragmentDoc,
    "\n  query AreaReport($areaId: ID!, $asOf: String) {\n    areaReport(areaId: $areaId, asOf: $asOf) {\n      ...ReportFigures\n      cases {\n        ...CaseFiguresFields\n      }\n      children {\n        ...ReportFigures\n      }\n    }\n  }\n": types.AreaReportDocument,
    "\n  query AreaSiblings($areaId: ID!, $asOf: String) {\n    areaSiblings(areaId: $areaId, asOf: $asOf) {\n      parentId\n      withheld\n      areas {\n        ...ReportFigures\n      }\n    }\n  }\n": types.AreaSiblingsDocument,
    "\n  query AuditEvents($personId: ID, $username: String, $from: String, $to: String, $kind: AuditKind, $limit: Int, $offset: Int) {\n    auditEvents(personId: $personId, username: $username, from: $from, to: $to, kind: $kind, limit: $limit, offset: $offset) {\n      seq\n      at\n      kind\n      action\n      username\n      role\n      requestId\n      address\n      personIds\n      level\n      entity\n      entityId\n      changes {\n        field\n        before\n        after\n      }\n      message\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query PersonAuditTrail($personId: ID!) {\n    personAuditTrail(personId: $personId, limit: 20) {\n      at\n      username\n      role\n      action\n      level\n    }\n  }\n": types.PersonAuditTrailDocument,
    "\n  fragment CaseFields on Case {\n    id\n    status\n    areaId\n    openedOn\n    openedBy\n    route\n    referrerNote\n    referrer { id kind name }\n    subject { id kind name }\n    team { id kind name }\n    keyPerson { id name }\n    keyPersonHistory { person { id name } since until decidedAt }\n    direction\n    reviewOn\n    plan {\n      id version madeOn madeBy note decidedAt\n      items { id who { id kind name } what field startOn reviewOn status tieId }\n    }\n    plans { id version madeOn madeBy decidedAt items { id who { id kind name } what status } }\n    meetings { meetingId councilId councilName on basis decision revised planVersion }\n    monitoring { id on who seen nextReviewOn followUp recordedBy outcomes { itemId outcome } }\n    closedOn\n    closeReason\n    closeNote\n    followUpOn\n    followUpDoneOn\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query SupportCase($id: ID!) {\n    case(id: $id) { ...CaseFields }\n  }\n": types.SupportCaseDocument,
    "\n  query CasesOfSubject($areaId: ID!, $subjectId: ID!) {\n    cases(areaId: $areaId, subjectId: $subjectId) { id status openedOn }\n  }\n": types.CasesOfSubjectDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { id }\n  }\n": types.OpenCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation RevisePlan($caseId: ID!, $items: [PlanItemInput!]!, $note: String, $meetingId: ID) {\n    revisePlan(caseId: $caseId, items: $items, note: $note, meetingId: $meetingId) { ...CaseFields }\n  }\n": types.RevisePlanDocument,
    "\n  mutation RecordMonitoring($caseId: ID!, $input: MonitoringInput!) {\n    recordMonitoring(caseId: $caseId, input: $input) { ...CaseFields }\n  }\n": types.RecordMonitoringDocument,
    "\n  mutation CloseCase($id: ID!, $input: CloseCaseInput!) {\n    closeCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.CloseCaseDocument,
    "\n  query TeamChoices($areaId: ID!) {\n    organizations(areaId: $areaId) { id name }\n    people(areaId: $areaId, role: \"PROFESSIONAL\") { id name }\n  }\n": types.TeamChoicesDocument,
    "\n  query ResourceDirectory($areaId: ID!) {\n    resourceDirectory(areaId: $areaId) {\n      area {\n        id\n        name\n        tier\n      }\n      asOf\n      organizations {\n        id\n        name\n        nameKana\n        kind\n        fields\n        local\n        area {\n          id\n          name\n        }\n        serves {\n          id\n          name\n        }\n      }\n      hubs {\n        id\n        name\n        nameKana\n        kind\n        tags\n        operators\n        area {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResourceDirectoryDocument,
    "\n  query Ecomap($personId: ID, $householdId: ID, $includeEnded: Boolean!, $asOf: String) {\n    ecomap(personId: $personId, householdId: $householdId, includeEnded: $includeEnded, asOf: $asOf) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        anonymous\n        roles\n        fields\n        ageBand\n        subKind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n      }\n    }\n  }\n": types.EcomapDocument,
    "\n  query PersonToEdit($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      nameKana\n      ageBand\n      canOffer\n      offerTime\n      area {\n        id\n      }\n      household {\n        id\n      }\n      roles\n      needs\n      interests\n      consent\n      restrictedFor\n    }\n  }\n": types.PersonToEditDocument,
    "\n  query HouseholdToEdit($id: ID!) {\n    household(id: $id) {\n      id\n      name\n      memberCount\n      area {\n        id\n      }\n    }\n  }\n": types.HouseholdToEditDocument,
    "\n  query OrganizationToEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      fields\n      since\n      until\n      area {\n        id\n      }\n      serves {\n        id\n      }\n    }\n  }\n": types.OrganizationToEditDocument,
    "\n  query CouncilToEdit($id: ID!) {\n    council(id: $id) {\n      id\n      name\n      kind\n      tier\n      since\n      until\n      covers {\n        id\n      }\n    }\n  }\n": types.CouncilToEditDocument,
    "\n  query HubToEdit($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      kind\n      tags\n      audience\n      operator\n      openDays\n      openHours\n      functions\n      consultationPoint\n      helpWanted\n      since\n      until\n      area {\n        id\n      }\n    }\n  }\n": types.HubToEditDocument,
    "\n  query HouseholdChoices($areaId: ID!) {\n    households(areaId: $areaId) {\n      id\n      name\n    }\n  }\n": types.HouseholdChoicesDocument,
    "\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdate!) {\n    updatePerson(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n": types.DeletePersonDocument,
    "\n  mutation CreateHousehold($id: ID!, $input: HouseholdInput!) {\n    createHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateHouseholdDocument,
    "\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id)\n  }\n": types.DeleteHouseholdDocument,
    "\n  mutation CreateOrganization($id: ID!, $input: OrganizationInput!) {\n    createOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": types.DeleteOrganizationDocument,
    "\n  mutation CreateCouncil($id: ID!, $input: CouncilInput!) {\n    createCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n": types.CreateCouncilDocument,
    "\n  mutation UpdateCouncil($id: ID!, $input: CouncilInput!) {\n    updateCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCouncilDocument,
    "\n  mutation DeleteCouncil($id: ID!) {\n    deleteCouncil(id: $id)\n  }\n": types.DeleteCouncilDocument,
    "\n  mutation CreateHub($id: ID!, $input: HubInput!) {\n    createHub(id: $id, input: $input) {\n      id\n    }\n  }\n": types.CreateHubDocument,
    "\n  mutation UpdateHub($id: ID!, $input: HubInput!) {\n    updateHub(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateHubDocument,
    "\n  mutation DeleteHub($id: ID!) {\n    deleteHub(id: $id)\n  }\n": types.DeleteHubDocument,
    "\n  query IsolatedPeople($areaId: ID!, $asOf: String) {\n    isolatedPeople(areaId: $areaId, asOf: $asOf) {\n      person {\n        id\n        name\n      }\n      socialDegree\n      informalTies\n      formalTies\n      unmetNeeds\n      reasons\n    }\n  }\n": types.IsolatedPeopleDocument,
    "\n  query MissingLinks($areaId: ID!, $asOf: String) {\n    missingLinks(areaId: $areaId, asOf: $asOf) {\n      kind\n      subjectIds\n      suggestedIds\n      subjects {\n        id\n        kind\n        name\n      }\n      suggested {\n        id\n        kind\n        name\n      }\n      field\n      explanation\n      score\n    }\n  }\n": types.MissingLinksDocument,
    "\n  mutation AcceptSuggestion($kind: MissingLinkKind!, $subjectIds: [ID!]!, $suggestedIds: [ID!]!, $field: String, $note: String) {\n    acceptSuggestion(kind: $kind, subjectIds: $subjectIds, suggestedIds: $suggestedIds, field: $field, note: $note) {\n      kind\n      tieIds\n      councilId\n      acceptedBy\n      acceptedAt\n    }\n  }\n": types.AcceptSuggestionDocument,
    "\n  mutation DismissFinding($kind: MissingLinkKind!, $subjectIds: [ID!]!, $field: String, $reason: DismissReason!, $revisitOn: String!, $note: String) {\n    dismissFinding(kind: $kind, subjectIds: $subjectIds, field: $field, reason: $reason, revisitOn: $revisitOn, note: $note) {\n      kind\n      subjectIds\n      revisitOn\n    }\n  }\n": types.DismissFindingDocument,
    "\n  query DismissedFindings($areaId: ID!) {\n    dismissedFindings(areaId: $areaId) {\n      kind\n      subjectIds\n      field\n      explanation\n      reason\n      note\n      revisitOn\n      dismissedBy\n    }\n  }\n": types.DismissedFindingsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password)\n  }\n": types.LoginDocument,
    "\n  query Areas {\n    areas {\n      id\n      name\n      tier\n      sortOrder\n      parent {\n        id\n      }\n      population\n      households\n      elderly\n      peopleKnown {\n        value\n        masked\n        text\n      }\n      organizationCount\n      hubCount\n    }\n  }\n": types.AreasDocument,
    "\n  query Network($areaId: ID!, $includeEnded: Boolean!, $asOf: String, $open: [ID!], $show: [ID!], $focus: ID) {\n    network(areaId: $areaId, includeEnded: $includeEnded, asOf: $asOf, open: $open, show: $show, focus: $focus) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        tier\n        anonymous\n        external\n        fields\n        roles\n        subKind\n        tags\n        ageBand\n        open\n        summary {\n          people {\n            ...CountFields\n          }\n          households {\n            ...CountFields\n          }\n          isolated {\n            ...CountFields\n          }\n          unmetNeeds {\n            ...CountFields\n          }\n          organizations\n          hubs\n          councils\n        }\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n        count\n        categories {\n          category\n          count\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query MapSearch($areaId: ID!, $text: String!) {\n    mapSearch(areaId: $areaId, text: $text, limit: 20) {\n      id\n      kind\n      label\n      path\n    }\n  }\n": types.MapSearchDocument,
    "\n  fragment TieFields on Tie {\n    id\n    sourceId\n    targetId\n    type\n    category\n    strength\n    active\n    since\n    until\n    note\n    sourceName\n    targetName\n  }\n": types.TieFieldsFragmentDoc,
    "\n  query Ties($nodeId: ID!) {\n    ties(nodeId: $nodeId) {\n      ...TieFields\n    }\n  }\n": types.TiesDocument,
    "\n  mutation CreateTie($input: TieInput!) {\n    createTie(input: $input) {\n      ...TieFields\n    }\n  }\n": types.CreateTieDocument,
    "\n  mutation UpdateTie($id: ID!, $input: TieUpdate!) {\n    updateTie(id: $id, input: $input) {\n      ...TieFields\n    }\n  }\n": types.UpdateTieDocument,
    "\n  query Structure($areaId: ID!) {\n    structure(areaId: $areaId) {\n      articulationPoints\n      bridges\n      brokers {\n        id\n        betweenness\n      }\n      communities {\n        id\n        size\n        memberIds\n      }\n      cutPoints {\n        id\n        kind\n        stranded {\n          value\n          masked\n          text\n        }\n        cutOff {\n          value\n          masked\n          text\n        }\n        sentence\n      }\n    }\n  }\n": types.StructureDocument,
    "\n  fragment MatchFields on Match {\n    id\n    stage\n    role\n    proposedOn\n    startedOn\n    endedOn\n    nextFollowUpOn\n    suggestedAs\n    place { id kind name }\n    followUps { id on who howItGoes hostConcerns nextOn }\n  }\n": types.MatchFieldsFragmentDoc,
    "\n  query MatchesOfPerson($areaId: ID!, $personId: ID!) {\n    matches(areaId: $areaId, personId: $personId) { ...MatchFields }\n  }\n": types.MatchesOfPersonDocument,
    "\n  mutation MoveMatch($id: ID!, $input: MoveMatchInput!) {\n    moveMatch(id: $id, input: $input) { ...MatchFields }\n  }\n": types.MoveMatchDocument,
    "\n  mutation RecordMatchFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordMatchFollowUp(id: $id, input: $input) { ...MatchFields }\n  }\n": types.RecordMatchFollowUpDocument,
    "\n  query CouncilMeetings($councilId: ID!) {\n    meetings(councilId: $councilId) {\n      id\n      councilName\n      on\n      basis\n      attendees { id kind name }\n      agenda { caseId withheld decision revised }\n      minutes\n      nextOn\n      recordedBy\n    }\n  }\n": types.CouncilMeetingsDocument,
    "\n  query CouncilAreas($councilId: ID!) {\n    council(id: $councilId) { id name covers { id } }\n  }\n": types.CouncilAreasDocument,
    "\n  query MeetingCase($meetingId: ID!, $caseId: ID!) {\n    meetingCase(meetingId: $meetingId, caseId: $caseId) {\n      caseId\n      subject { id kind name }\n      status\n      direction\n      keyPerson { name }\n      plan { bySubject who { id name } what status }\n      reviewOn\n      decision\n    }\n  }\n": types.MeetingCaseDocument,
    "\n  query AgendaChoices($areaId: ID!) {\n    cases(areaId: $areaId) { id status subject { id name } }\n  }\n": types.AgendaChoicesDocument,
    "\n  mutation RecordMeeting($input: MeetingInput!) {\n    recordMeeting(input: $input) { id }\n  }\n": types.RecordMeetingDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    areaId\n    areaName\n    owner\n    mine\n    position\n    updatedAt\n    state {\n      open\n      show\n      focus\n      neutralLabels\n      asOf\n      filters {\n        kinds\n        categories\n        fields\n        showEnded\n      }\n    }\n  }\n": types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews {\n    savedViews {\n      ...SavedViewFields\n    }\n  }\n": types.SavedViewsDocument,
    "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n": types.SavedViewDocument,
    "\n  mutation SaveView($id: ID, $input: SavedViewInput!) {\n    saveView(id: $id, input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.SaveViewDocument,
    "\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n": types.DeleteViewDocument,
    "\n  query WorkList {\n    workList {\n      today\n      until\n      lastVisitAt\n      reviewsDue { id reviewOn status subject { id kind name } keyPerson { name } }\n      reviewsOverdue { id reviewOn status subject { id kind name } keyPerson { name } }\n      followUpsDue { id followUpOn closeReason subject { id kind name } }\n      withoutKeyPerson { id openedOn status subject { id kind name } }\n      matchFollowUpsDue { id stage nextFollowUpOn areaId person { id name } place { id name } }\n      meetingsThisWeek { id councilId councilName nextOn agenda { caseId withheld } }\n      newFindings { kind subjectIds suggestedIds subjects { id kind name } suggested { id kind name } field explanation score }\n    }\n  }\n": types.WorkListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      username\n      role\n      areaIds\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      username\n      role\n      areaIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    username\n    role\n    areaIds\n    disabled\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    username\n    role\n    areaIds\n    disabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserAccess($username: String!, $role: UserRole!, $areaIds: [ID!]!) {\n    changeUserAccess(username: $username, role: $role, areaIds: $areaIds) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserAccess($username: String!, $role: UserRole!, $areaIds: [ID!]!) {\n    changeUserAccess(username: $username, role: $role, areaIds: $areaIds) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($username: String!) {\n    disableUser(username: $username) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($username: String!) {\n    disableUser(username: $username) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($username: String!) {\n    enableUser(username: $username) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($username: String!) {\n    enableUser(username: $username) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($username: String!, $password: String!) {\n    resetPassword(username: $username, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountFields on Count {\n    value\n    masked\n    text\n  }\n"): (typeof documents)["\n  fragment CountFields on Count {\n    value\n    masked\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFigures on AreaReport {\n    areaId\n    name\n    tier\n    asOf\n    population\n    households\n    elderly\n    residentsKnown {\n      ...CountFields\n    }\n    isolated {\n      ...CountFields\n    }\n    isolationRate {\n      value\n      masked\n    }\n    peopleInNeed {\n      ...CountFields\n    }\n    peopleWithUnmetNeeds {\n      ...CountFields\n    }\n    unmetNeedsByField {\n      field\n      people {\n        ...CountFields\n      }\n    }\n    watchersPerPersonInNeed {\n      value\n      masked\n    }\n    hubs\n    hubsByKind {\n      kind\n      count\n    }\n    hubsPer1000Elderly\n    organizations\n    organizationsByField {\n      field\n      count\n    }\n    councils {\n      id\n      name\n      kind\n      tier\n      organizationMembers\n      personMembers {\n        ...CountFields\n      }\n    }\n    unaffiliatedResources\n    resourceChanges {\n      hubsOpened\n      hubsClosed\n      organizationsOpened\n      organizationsClosed\n      councilsOpened\n      councilsClosed\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFigures on AreaReport {\n    areaId\n    name\n    tier\n    asOf\n    population\n    households\n    elderly\n    residentsKnown {\n      ...CountFields\n    }\n    isolated {\n      ...CountFields\n    }\n    isolationRate {\n      value\n      masked\n    }\n    peopleInNeed {\n      ...CountFields\n    }\n    peopleWithUnmetNeeds {\n      ...CountFields\n    }\n    unmetNeedsByField {\n      field\n      people {\n        ...CountFields\n      }\n    }\n    watchersPerPersonInNeed {\n      value\n      masked\n    }\n    hubs\n    hubsByKind {\n      kind\n      count\n    }\n    hubsPer1000Elderly\n    organizations\n    organizationsByField {\n      field\n      count\n    }\n    councils {\n      id\n      name\n      kind\n      tier\n      organizationMembers\n      personMembers {\n        ...CountFields\n      }\n    }\n    unaffiliatedResources\n    resourceChanges {\n      hubsOpened\n      hubsClosed\n      organizationsOpened\n      organizationsClosed\n      councilsOpened\n      councilsClosed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFiguresFields on CaseFigures {\n    fiscalYear\n    from\n    to\n    newCases {\n      ...CountFields\n    }\n    newCasesByRoute {\n      route\n      cases {\n        ...CountFields\n      }\n    }\n    communityRoutes\n    communityCases {\n      ...CountFields\n    }\n    communityShare {\n      value\n      masked\n    }\n    closedCases {\n      ...CountFields\n    }\n    closedByReason {\n      reason\n      cases {\n        ...CountFields\n      }\n    }\n    firstPlans {\n      ...CountFields\n    }\n    planRevisions {\n      ...CountFields\n    }\n    meetingsByCouncil {\n      councilId\n      name\n      meetings\n    }\n    multiNeedHouseholds {\n      ...CountFields\n    }\n    followUpsDue {\n      ...CountFields\n    }\n    followUpsOnTime {\n      ...CountFields\n    }\n    followUpOnTimeRate {\n      value\n      masked\n    }\n  }\n"): (typeof documents)["\n  fragment CaseFiguresFields on CaseFigures {\n    fiscalYear\n    from\n    to\n    newCases {\n      ...CountFields\n    }\n    newCasesByRoute {\n      route\n      cases {\n        ...CountFields\n      }\n    }\n    communityRoutes\n    communityCases {\n      ...CountFields\n    }\n    communityShare {\n      value\n      masked\n    }\n    closedCases {\n      ...CountFields\n    }\n    closedByReason {\n      reason\n      cases {\n        ...CountFields\n      }\n    }\n    firstPlans {\n      ...CountFields\n    }\n    planRevisions {\n      ...CountFields\n    }\n    meetingsByCouncil {\n      councilId\n      name\n      meetings\n    }\n    multiNeedHouseholds {\n      ...CountFields\n    }\n    followUpsDue {\n      ...CountFields\n    }\n    followUpsOnTime {\n      ...CountFields\n    }\n    followUpOnTimeRate {\n      value\n      masked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaReport($areaId: ID!, $asOf: String) {\n    areaReport(areaId: $areaId, asOf: $asOf) {\n      ...ReportFigures\n      cases {\n        ...CaseFiguresFields\n      }\n      children {\n        ...ReportFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query AreaReport($areaId: ID!, $asOf: String) {\n    areaReport(areaId: $areaId, asOf: $asOf) {\n      ...ReportFigures\n      cases {\n        ...CaseFiguresFields\n      }\n      children {\n        ...ReportFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaSiblings($areaId: ID!, $asOf: String) {\n    areaSiblings(areaId: $areaId, asOf: $asOf) {\n      parentId\n      withheld\n      areas {\n        ...ReportFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query AreaSiblings($areaId: ID!, $asOf: String) {\n    areaSiblings(areaId: $areaId, asOf: $asOf) {\n      parentId\n      withheld\n      areas {\n        ...ReportFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($personId: ID, $username: String, $from: String, $to: String, $kind: AuditKind, $limit: Int, $offset: Int) {\n    auditEvents(personId: $personId, username: $username, from: $from, to: $to, kind: $kind, limit: $limit, offset: $offset) {\n      seq\n      at\n      kind\n      action\n      username\n      role\n      requestId\n      address\n      personIds\n      level\n      entity\n      entityId\n      changes {\n        field\n        before\n        after\n      }\n      message\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($personId: ID, $username: String, $from: String, $to: String, $kind: AuditKind, $limit: Int, $offset: Int) {\n    auditEvents(personId: $personId, username: $username, from: $from, to: $to, kind: $kind, limit: $limit, offset: $offset) {\n      seq\n      at\n      kind\n      action\n      username\n      role\n      requestId\n      address\n      personIds\n      level\n      entity\n      entityId\n      changes {\n        field\n        before\n        after\n      }\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonAuditTrail($personId: ID!) {\n    personAuditTrail(personId: $personId, limit: 20) {\n      at\n      username\n      role\n      action\n      level\n    }\n  }\n"): (typeof documents)["\n  query PersonAuditTrail($personId: ID!) {\n    personAuditTrail(personId: $personId, limit: 20) {\n      at\n      username\n      role\n      action\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    id\n    status\n    areaId\n    openedOn\n    openedBy\n    route\n    referrerNote\n    referrer { id kind name }\n    subject { id kind name }\n    team { id kind name }\n    keyPerson { id name }\n    keyPersonHistory { person { id name } since until decidedAt }\n    direction\n    reviewOn\n    plan {\n      id version madeOn madeBy note decidedAt\n      items { id who { id kind name } what field startOn reviewOn status tieId }\n    }\n    plans { id version madeOn madeBy decidedAt items { id who { id kind name } what status } }\n    meetings { meetingId councilId councilName on basis decision revised planVersion }\n    monitoring { id on who seen nextReviewOn followUp recordedBy outcomes { itemId outcome } }\n    closedOn\n    closeReason\n    closeNote\n    followUpOn\n    followUpDoneOn\n  }\n"): (typeof documents)["\n  fragment CaseFields on Case {\n    id\n    status\n    areaId\n    openedOn\n    openedBy\n    route\n    referrerNote\n    referrer { id kind name }\n    subject { id kind name }\n    team { id kind name }\n    keyPerson { id name }\n    keyPersonHistory { person { id name } since until decidedAt }\n    direction\n    reviewOn\n    plan {\n      id version madeOn madeBy note decidedAt\n      items { id who { id kind name } what field startOn reviewOn status tieId }\n    }\n    plans { id version madeOn madeBy decidedAt items { id who { id kind name } what status } }\n    meetings { meetingId councilId councilName on basis decision revised planVersion }\n    monitoring { id on who seen nextReviewOn followUp recordedBy outcomes { itemId outcome } }\n    closedOn\n    closeReason\n    closeNote\n    followUpOn\n    followUpDoneOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportCase($id: ID!) {\n    case(id: $id) { ...CaseFields }\n  }\n"): (typeof documents)["\n  query SupportCase($id: ID!) {\n    case(id: $id) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesOfSubject($areaId: ID!, $subjectId: ID!) {\n    cases(areaId: $areaId, subjectId: $subjectId) { id status openedOn }\n  }\n"): (typeof documents)["\n  query CasesOfSubject($areaId: ID!, $subjectId: ID!) {\n    cases(areaId: $areaId, subjectId: $subjectId) { id status openedOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisePlan($caseId: ID!, $items: [PlanItemInput!]!, $note: String, $meetingId: ID) {\n    revisePlan(caseId: $caseId, items: $items, note: $note, meetingId: $meetingId) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation RevisePlan($caseId: ID!, $items: [PlanItemInput!]!, $note: String, $meetingId: ID) {\n    revisePlan(caseId: $caseId, items: $items, note: $note, meetingId: $meetingId) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMonitoring($caseId: ID!, $input: MonitoringInput!) {\n    recordMonitoring(caseId: $caseId, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation RecordMonitoring($caseId: ID!, $input: MonitoringInput!) {\n    recordMonitoring(caseId: $caseId, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($id: ID!, $input: CloseCaseInput!) {\n    closeCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation CloseCase($id: ID!, $input: CloseCaseInput!) {\n    closeCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamChoices($areaId: ID!) {\n    organizations(areaId: $areaId) { id name }\n    people(areaId: $areaId, role: \"PROFESSIONAL\") { id name }\n  }\n"): (typeof documents)["\n  query TeamChoices($areaId: ID!) {\n    organizations(areaId: $areaId) { id name }\n    people(areaId: $areaId, role: \"PROFESSIONAL\") { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceDirectory($areaId: ID!) {\n    resourceDirectory(areaId: $areaId) {\n      area {\n        id\n        name\n        tier\n      }\n      asOf\n      organizations {\n        id\n        name\n        nameKana\n        kind\n        fields\n        local\n        area {\n          id\n          name\n        }\n        serves {\n          id\n          name\n        }\n      }\n      hubs {\n        id\n        name\n        nameKana\n        kind\n        tags\n        operators\n        area {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceDirectory($areaId: ID!) {\n    resourceDirectory(areaId: $areaId) {\n      area {\n        id\n        name\n        tier\n      }\n      asOf\n      organizations {\n        id\n        name\n        nameKana\n        kind\n        fields\n        local\n        area {\n          id\n          name\n        }\n        serves {\n          id\n          name\n        }\n      }\n      hubs {\n        id\n        name\n        nameKana\n        kind\n        tags\n        operators\n        area {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ecomap($personId: ID, $householdId: ID, $includeEnded: Boolean!, $asOf: String) {\n    ecomap(personId: $personId, householdId: $householdId, includeEnded: $includeEnded, asOf: $asOf) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        anonymous\n        roles\n        fields\n        ageBand\n        subKind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ecomap($personId: ID, $householdId: ID, $includeEnded: Boolean!, $asOf: String) {\n    ecomap(personId: $personId, householdId: $householdId, includeEnded: $includeEnded, asOf: $asOf) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        anonymous\n        roles\n        fields\n        ageBand\n        subKind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonToEdit($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      nameKana\n      ageBand\n      canOffer\n      offerTime\n      area {\n        id\n      }\n      household {\n        id\n      }\n      roles\n      needs\n      interests\n      consent\n      restrictedFor\n    }\n  }\n"): (typeof documents)["\n  query PersonToEdit($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      nameKana\n      ageBand\n      canOffer\n      offerTime\n      area {\n        id\n      }\n      household {\n        id\n      }\n      roles\n      needs\n      interests\n      consent\n      restrictedFor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdToEdit($id: ID!) {\n    household(id: $id) {\n      id\n      name\n      memberCount\n      area {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdToEdit($id: ID!) {\n    household(id: $id) {\n      id\n      name\n      memberCount\n      area {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationToEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      fields\n      since\n      until\n      area {\n        id\n      }\n      serves {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationToEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      fields\n      since\n      until\n      area {\n        id\n      }\n      serves {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilToEdit($id: ID!) {\n    council(id: $id) {\n      id\n      name\n      kind\n      tier\n      since\n      until\n      covers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilToEdit($id: ID!) {\n    council(id: $id) {\n      id\n      name\n      kind\n      tier\n      since\n      until\n      covers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubToEdit($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      kind\n      tags\n      audience\n      operator\n      openDays\n      openHours\n      functions\n      consultationPoint\n      helpWanted\n      since\n      until\n      area {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query HubToEdit($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      kind\n      tags\n      audience\n      operator\n      openDays\n      openHours\n      functions\n      consultationPoint\n      helpWanted\n      since\n      until\n      area {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdChoices($areaId: ID!) {\n    households(areaId: $areaId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query HouseholdChoices($areaId: ID!) {\n    households(areaId: $areaId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdate!) {\n    updatePerson(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: PersonUpdate!) {\n    updatePerson(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePerson($id: ID!) {\n    deletePerson(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHousehold($id: ID!, $input: HouseholdInput!) {\n    createHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHousehold($id: ID!, $input: HouseholdInput!) {\n    createHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHousehold($id: ID!, $input: HouseholdInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteHousehold($id: ID!) {\n    deleteHousehold(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($id: ID!, $input: OrganizationInput!) {\n    createOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($id: ID!, $input: OrganizationInput!) {\n    createOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncil($id: ID!, $input: CouncilInput!) {\n    createCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCouncil($id: ID!, $input: CouncilInput!) {\n    createCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouncil($id: ID!, $input: CouncilInput!) {\n    updateCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCouncil($id: ID!, $input: CouncilInput!) {\n    updateCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCouncil($id: ID!) {\n    deleteCouncil(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCouncil($id: ID!) {\n    deleteCouncil(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHub($id: ID!, $input: HubInput!) {\n    createHub(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHub($id: ID!, $input: HubInput!) {\n    createHub(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHub($id: ID!, $input: HubInput!) {\n    updateHub(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHub($id: ID!, $input: HubInput!) {\n    updateHub(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteHub($id: ID!) {\n    deleteHub(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteHub($id: ID!) {\n    deleteHub(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolatedPeople($areaId: ID!, $asOf: String) {\n    isolatedPeople(areaId: $areaId, asOf: $asOf) {\n      person {\n        id\n        name\n      }\n      socialDegree\n      informalTies\n      formalTies\n      unmetNeeds\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query IsolatedPeople($areaId: ID!, $asOf: String) {\n    isolatedPeople(areaId: $areaId, asOf: $asOf) {\n      person {\n        id\n        name\n      }\n      socialDegree\n      informalTies\n      formalTies\n      unmetNeeds\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissingLinks($areaId: ID!, $asOf: String) {\n    missingLinks(areaId: $areaId, asOf: $asOf) {\n      kind\n      subjectIds\n      suggestedIds\n      subjects {\n        id\n        kind\n        name\n      }\n      suggested {\n        id\n        kind\n        name\n      }\n      field\n      explanation\n      score\n    }\n  }\n"): (typeof documents)["\n  query MissingLinks($areaId: ID!, $asOf: String) {\n    missingLinks(areaId: $areaId, asOf: $asOf) {\n      kind\n      subjectIds\n      suggestedIds\n      subjects {\n        id\n        kind\n        name\n      }\n      suggested {\n        id\n        kind\n        name\n      }\n      field\n      explanation\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSuggestion($kind: MissingLinkKind!, $subjectIds: [ID!]!, $suggestedIds: [ID!]!, $field: String, $note: String) {\n    acceptSuggestion(kind: $kind, subjectIds: $subjectIds, suggestedIds: $suggestedIds, field: $field, note: $note) {\n      kind\n      tieIds\n      councilId\n      acceptedBy\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSuggestion($kind: MissingLinkKind!, $subjectIds: [ID!]!, $suggestedIds: [ID!]!, $field: String, $note: String) {\n    acceptSuggestion(kind: $kind, subjectIds: $subjectIds, suggestedIds: $suggestedIds, field: $field, note: $note) {\n      kind\n      tieIds\n      councilId\n      acceptedBy\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFinding($kind: MissingLinkKind!, $subjectIds: [ID!]!, $field: String, $reason: DismissReason!, $revisitOn: String!, $note: String) {\n    dismissFinding(kind: $kind, subjectIds: $subjectIds, field: $field, reason: $reason, revisitOn: $revisitOn, note: $note) {\n      kind\n      subjectIds\n      revisitOn\n    }\n  }\n"): (typeof documents)["\n  mutation DismissFinding($kind: MissingLinkKind!, $subjectIds: [ID!]!, $field: String, $reason: DismissReason!, $revisitOn: String!, $note: String) {\n    dismissFinding(kind: $kind, subjectIds: $subjectIds, field: $field, reason: $reason, revisitOn: $revisitOn, note: $note) {\n      kind\n      subjectIds\n      revisitOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DismissedFindings($areaId: ID!) {\n    dismissedFindings(areaId: $areaId) {\n      kind\n      subjectIds\n      field\n      explanation\n      reason\n      note\n      revisitOn\n      dismissedBy\n    }\n  }\n"): (typeof documents)["\n  query DismissedFindings($areaId: ID!) {\n    dismissedFindings(areaId: $areaId) {\n      kind\n      subjectIds\n      field\n      explanation\n      reason\n      note\n      revisitOn\n      dismissedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password)\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Areas {\n    areas {\n      id\n      name\n      tier\n      sortOrder\n      parent {\n        id\n      }\n      population\n      households\n      elderly\n      peopleKnown {\n        value\n        masked\n        text\n      }\n      organizationCount\n      hubCount\n    }\n  }\n"): (typeof documents)["\n  query Areas {\n    areas {\n      id\n      name\n      tier\n      sortOrder\n      parent {\n        id\n      }\n      population\n      households\n      elderly\n      peopleKnown {\n        value\n        masked\n        text\n      }\n      organizationCount\n      hubCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($areaId: ID!, $includeEnded: Boolean!, $asOf: String, $open: [ID!], $show: [ID!], $focus: ID) {\n    network(areaId: $areaId, includeEnded: $includeEnded, asOf: $asOf, open: $open, show: $show, focus: $focus) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        tier\n        anonymous\n        external\n        fields\n        roles\n        subKind\n        tags\n        ageBand\n        open\n        summary {\n          people {\n            ...CountFields\n          }\n          households {\n            ...CountFields\n          }\n          isolated {\n            ...CountFields\n          }\n          unmetNeeds {\n            ...CountFields\n          }\n          organizations\n          hubs\n          councils\n        }\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n        count\n        categories {\n          category\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network($areaId: ID!, $includeEnded: Boolean!, $asOf: String, $open: [ID!], $show: [ID!], $focus: ID) {\n    network(areaId: $areaId, includeEnded: $includeEnded, asOf: $asOf, open: $open, show: $show, focus: $focus) {\n      nodes {\n        id\n        kind\n        label\n        parentId\n        tier\n        anonymous\n        external\n        fields\n        roles\n        subKind\n        tags\n        ageBand\n        open\n        summary {\n          people {\n            ...CountFields\n          }\n          households {\n            ...CountFields\n          }\n          isolated {\n            ...CountFields\n          }\n          unmetNeeds {\n            ...CountFields\n          }\n          organizations\n          hubs\n          councils\n        }\n      }\n      edges {\n        id\n        source\n        target\n        type\n        category\n        strength\n        active\n        since\n        until\n        count\n        categories {\n          category\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSearch($areaId: ID!, $text: String!) {\n    mapSearch(areaId: $areaId, text: $text, limit: 20) {\n      id\n      kind\n      label\n      path\n    }\n  }\n"): (typeof documents)["\n  query MapSearch($areaId: ID!, $text: String!) {\n    mapSearch(areaId: $areaId, text: $text, limit: 20) {\n      id\n      kind\n      label\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TieFields on Tie {\n    id\n    sourceId\n    targetId\n    type\n    category\n    strength\n    active\n    since\n    until\n    note\n    sourceName\n    targetName\n  }\n"): (typeof documents)["\n  fragment TieFields on Tie {\n    id\n    sourceId\n    targetId\n    type\n    category\n    strength\n    active\n    since\n    until\n    note\n    sourceName\n    targetName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ties($nodeId: ID!) {\n    ties(nodeId: $nodeId) {\n      ...TieFields\n    }\n  }\n"): (typeof documents)["\n  query Ties($nodeId: ID!) {\n    ties(nodeId: $nodeId) {\n      ...TieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTie($input: TieInput!) {\n    createTie(input: $input) {\n      ...TieFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTie($input: TieInput!) {\n    createTie(input: $input) {\n      ...TieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTie($id: ID!, $input: TieUpdate!) {\n    updateTie(id: $id, input: $input) {\n      ...TieFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTie($id: ID!, $input: TieUpdate!) {\n    updateTie(id: $id, input: $input) {\n      ...TieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Structure($areaId: ID!) {\n    structure(areaId: $areaId) {\n      articulationPoints\n      bridges\n      brokers {\n        id\n        betweenness\n      }\n      communities {\n        id\n        size\n        memberIds\n      }\n      cutPoints {\n        id\n        kind\n        stranded {\n          value\n          masked\n          text\n        }\n        cutOff {\n          value\n          masked\n          text\n        }\n        sentence\n      }\n    }\n  }\n"): (typeof documents)["\n  query Structure($areaId: ID!) {\n    structure(areaId: $areaId) {\n      articulationPoints\n      bridges\n      brokers {\n        id\n        betweenness\n      }\n      communities {\n        id\n        size\n        memberIds\n      }\n      cutPoints {\n        id\n        kind\n        stranded {\n          value\n          masked\n          text\n        }\n        cutOff {\n          value\n          masked\n          text\n        }\n        sentence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFields on Match {\n    id\n    stage\n    role\n    proposedOn\n    startedOn\n    endedOn\n    nextFollowUpOn\n    suggestedAs\n    place { id kind name }\n    followUps { id on who howItGoes hostConcerns nextOn }\n  }\n"): (typeof documents)["\n  fragment MatchFields on Match {\n    id\n    stage\n    role\n    proposedOn\n    startedOn\n    endedOn\n    nextFollowUpOn\n    suggestedAs\n    place { id kind name }\n    followUps { id on who howItGoes hostConcerns nextOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesOfPerson($areaId: ID!, $personId: ID!) {\n    matches(areaId: $areaId, personId: $personId) { ...MatchFields }\n  }\n"): (typeof documents)["\n  query MatchesOfPerson($areaId: ID!, $personId: ID!) {\n    matches(areaId: $areaId, personId: $personId) { ...MatchFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMatch($id: ID!, $input: MoveMatchInput!) {\n    moveMatch(id: $id, input: $input) { ...MatchFields }\n  }\n"): (typeof documents)["\n  mutation MoveMatch($id: ID!, $input: MoveMatchInput!) {\n    moveMatch(id: $id, input: $input) { ...MatchFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMatchFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordMatchFollowUp(id: $id, input: $input) { ...MatchFields }\n  }\n"): (typeof documents)["\n  mutation RecordMatchFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordMatchFollowUp(id: $id, input: $input) { ...MatchFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMeetings($councilId: ID!) {\n    meetings(councilId: $councilId) {\n      id\n      councilName\n      on\n      basis\n      attendees { id kind name }\n      agenda { caseId withheld decision revised }\n      minutes\n      nextOn\n      recordedBy\n    }\n  }\n"): (typeof documents)["\n  query CouncilMeetings($councilId: ID!) {\n    meetings(councilId: $councilId) {\n      id\n      councilName\n      on\n      basis\n      attendees { id kind name }\n      agenda { caseId withheld decision revised }\n      minutes\n      nextOn\n      recordedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilAreas($councilId: ID!) {\n    council(id: $councilId) { id name covers { id } }\n  }\n"): (typeof documents)["\n  query CouncilAreas($councilId: ID!) {\n    council(id: $councilId) { id name covers { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCase($meetingId: ID!, $caseId: ID!) {\n    meetingCase(meetingId: $meetingId, caseId: $caseId) {\n      caseId\n      subject { id kind name }\n      status\n      direction\n      keyPerson { name }\n      plan { bySubject who { id name } what status }\n      reviewOn\n      decision\n    }\n  }\n"): (typeof documents)["\n  query MeetingCase($meetingId: ID!, $caseId: ID!) {\n    meetingCase(meetingId: $meetingId, caseId: $caseId) {\n      caseId\n      subject { id kind name }\n      status\n      direction\n      keyPerson { name }\n      plan { bySubject who { id name } what status }\n      reviewOn\n      decision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaChoices($areaId: ID!) {\n    cases(areaId: $areaId) { id status subject { id name } }\n  }\n"): (typeof documents)["\n  query AgendaChoices($areaId: ID!) {\n    cases(areaId: $areaId) { id status subject { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeeting($input: MeetingInput!) {\n    recordMeeting(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordMeeting($input: MeetingInput!) {\n    recordMeeting(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    areaId\n    areaName\n    owner\n    mine\n    position\n    updatedAt\n    state {\n      open\n      show\n      focus\n      neutralLabels\n      asOf\n      filters {\n        kinds\n        categories\n        fields\n        showEnded\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    areaId\n    areaName\n    owner\n    mine\n    position\n    updatedAt\n    state {\n      open\n      show\n      focus\n      neutralLabels\n      asOf\n      filters {\n        kinds\n        categories\n        fields\n        showEnded\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews {\n    savedViews {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  query SavedViews {\n    savedViews {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveView($id: ID, $input: SavedViewInput!) {\n    saveView(id: $id, input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveView($id: ID, $input: SavedViewInput!) {\n    saveView(id: $id, input: $input) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkList {\n    workList {\n      today\n      until\n      lastVisitAt\n      reviewsDue { id reviewOn status subject { id kind name } keyPerson { name } }\n      reviewsOverdue { id reviewOn status subject { id kind name } keyPerson { name } }\n      followUpsDue { id followUpOn closeReason subject { id kind name } }\n      withoutKeyPerson { id openedOn status subject { id kind name } }\n      matchFollowUpsDue { id stage nextFollowUpOn areaId person { id name } place { id name } }\n      meetingsThisWeek { id councilId councilName nextOn agenda { caseId withheld } }\n      newFindings { kind subjectIds suggestedIds subjects { id kind name } suggested { id kind name } field explanation score }\n    }\n  }\n"): (typeof documents)["\n  query WorkList {\n    workList {\n      today\n      until\n      lastVisitAt\n      reviewsDue { id reviewOn status subject { id kind name } keyPerson { name } }\n      reviewsOverdue { id reviewOn status subject { id kind name } keyPerson { name } }\n      followUpsDue { id followUpOn closeReason subject { id kind name } }\n      withoutKeyPerson { id openedOn status subject { id kind name } }\n      matchFollowUpsDue { id stage nextFollowUpOn areaId person { id name } place { id name } }\n      meetingsThisWeek { id councilId councilName nextOn agenda { caseId withheld } }\n      newFindings { kind subjectIds suggestedIds subjects { id kind name } suggested { id kind name } field explanation score }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;