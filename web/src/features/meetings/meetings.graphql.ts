/** A council's meetings, a case opened in one, and recording a meeting. */
import { graphql } from '../../gql';

export const councilMeetingsQuery = graphql(`
  query CouncilMeetings($councilId: ID!) {
    meetings(councilId: $councilId) {
      id
      councilName
      on
      basis
      attendees { id kind name }
      agenda { caseId withheld decision revised }
      minutes
      nextOn
      recordedBy
    }
  }
`);

/** The council's areas, for whoever may record a meeting there (a council member may read meetings, not this). */
export const councilAreasQuery = graphql(`
  query CouncilAreas($councilId: ID!) {
    council(id: $councilId) { id name covers { id } }
  }
`);

export const meetingCaseQuery = graphql(`
  query MeetingCase($meetingId: ID!, $caseId: ID!) {
    meetingCase(meetingId: $meetingId, caseId: $caseId) {
      caseId
      subject { id kind name }
      status
      direction
      keyPerson { name }
      plan { bySubject who { id name } what status }
      reviewOn
      decision
    }
  }
`);

export const agendaChoicesQuery = graphql(`
  query AgendaChoices($areaId: ID!) {
    cases(areaId: $areaId) { id status subject { id name } }
  }
`);

export const recordMeetingMutation = graphql(`
  mutation RecordMeeting($input: MeetingInput!) {
    recordMeeting(input: $input) { id }
  }
`);
