/** A support case, the cases of a subject, and the changes to a case. */
import { graphql } from '../../gql';

export const caseFieldsFragment = graphql(`
  fragment CaseFields on Case {
    id
    status
    areaId
    openedOn
    openedBy
    route
    referrerNote
    referrer { id kind name }
    subject { id kind name }
    team { id kind name }
    keyPerson { id name }
    keyPersonHistory { person { id name } since until decidedAt }
    direction
    reviewOn
    plan {
      id version madeOn madeBy note decidedAt
      items { id who { id kind name } what field startOn reviewOn status tieId }
    }
    plans { id version madeOn madeBy decidedAt items { id who { id kind name } what status } }
    meetings { meetingId councilId councilName on basis decision revised planVersion }
    monitoring { id on who seen nextReviewOn followUp recordedBy outcomes { itemId outcome } }
    closedOn
    closeReason
    closeNote
    followUpOn
    followUpDoneOn
  }
`);

export const caseQuery = graphql(`
  query SupportCase($id: ID!) {
    case(id: $id) { ...CaseFields }
  }
`);

export const casesOfSubjectQuery = graphql(`
  query CasesOfSubject($areaId: ID!, $subjectId: ID!) {
    cases(areaId: $areaId, subjectId: $subjectId) { id status openedOn }
  }
`);

export const openCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { id }
  }
`);

export const updateCaseMutation = graphql(`
  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {
    updateCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const revisePlanMutation = graphql(`
  mutation RevisePlan($caseId: ID!, $items: [PlanItemInput!]!, $note: String, $meetingId: ID) {
    revisePlan(caseId: $caseId, items: $items, note: $note, meetingId: $meetingId) { ...CaseFields }
  }
`);

export const recordMonitoringMutation = graphql(`
  mutation RecordMonitoring($caseId: ID!, $input: MonitoringInput!) {
    recordMonitoring(caseId: $caseId, input: $input) { ...CaseFields }
  }
`);

export const closeCaseMutation = graphql(`
  mutation CloseCase($id: ID!, $input: CloseCaseInput!) {
    closeCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const teamChoicesQuery = graphql(`
  query TeamChoices($areaId: ID!) {
    organizations(areaId: $areaId) { id name }
    people(areaId: $areaId, role: "PROFESSIONAL") { id name }
  }
`);
