/** The analyses shown on the map, and accepting a suggestion. */
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
