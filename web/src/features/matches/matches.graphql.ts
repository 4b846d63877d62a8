/** A person's 参加支援 matches, and the changes to a match. */
import { graphql } from '../../gql';

export const matchFieldsFragment = graphql(`
  fragment MatchFields on Match {
    id
    stage
    role
    proposedOn
    startedOn
    endedOn
    nextFollowUpOn
    suggestedAs
    place { id kind name }
    followUps { id on who howItGoes hostConcerns nextOn }
  }
`);

export const matchesOfPersonQuery = graphql(`
  query MatchesOfPerson($areaId: ID!, $personId: ID!) {
    matches(areaId: $areaId, personId: $personId) { ...MatchFields }
  }
`);

export const moveMatchMutation = graphql(`
  mutation MoveMatch($id: ID!, $input: MoveMatchInput!) {
    moveMatch(id: $id, input: $input) { ...MatchFields }
  }
`);

export const recordMatchFollowUpMutation = graphql(`
  mutation RecordMatchFollowUp($id: ID!, $input: FollowUpInput!) {
    recordMatchFollowUp(id: $id, input: $input) { ...MatchFields }
  }
`);
