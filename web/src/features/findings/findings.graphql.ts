/** The analyses shown on the map, accepting a suggestion, and setting a finding aside (保留). */
import { graphql } from '../../gql';

export const isolatedPeopleQuery = graphql(`
  query IsolatedPeople($areaId: ID!, $asOf: String) {
    isolatedPeople(areaId: $areaId, asOf: $asOf) {
      person {
        id
        name
      }
      socialDegree
      informalTies
      formalTies
      unmetNeeds
      reasons
    }
  }
`);

export const missingLinksQuery = graphql(`
  query MissingLinks($areaId: ID!, $asOf: String) {
    missingLinks(areaId: $areaId, asOf: $asOf) {
      kind
      subjectIds
      suggestedIds
      subjects {
        id
        kind
        name
      }
      suggested {
        id
        kind
        name
      }
      field
      explanation
      score
    }
  }
`);

export const acceptSuggestionMutation = graphql(`
  mutation AcceptSuggestion($kind: MissingLinkKind!, $subjectIds: [ID!]!, $suggestedIds: [ID!]!, $field: String, $note: String) {
    acceptSuggestion(kind: $kind, subjectIds: $subjectIds, suggestedIds: $suggestedIds, field: $field, note: $note) {
      kind
      tieIds
      councilId
      acceptedBy
      acceptedAt
    }
  }
`);

export const dismissFindingMutation = graphql(`
  mutation DismissFinding($kind: MissingLinkKind!, $subjectIds: [ID!]!, $field: String, $reason: DismissReason!, $revisitOn: String!, $note: String) {
    dismissFinding(kind: $kind, subjectIds: $subjectIds, field: $field, reason: $reason, revisitOn: $revisitOn, note: $note) {
      kind
      subjectIds
      revisitOn
    }
  }
`);

export const dismissedFindingsQuery = graphql(`
  query DismissedFindings($areaId: ID!) {
    dismissedFindings(areaId: $areaId) {
      kind
      subjectIds
      field
      explanation
      reason
      note
      revisitOn
      dismissedBy
    }
  }
`);
