/** The analyses shown on the map, and accepting a suggestion. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { IsolatedPerson, MissingLink, MissingLinkKind } from '../../models/findings';

export const isolatedPeopleQuery: TypedDocumentNode<{ isolatedPeople: IsolatedPerson[] }, { areaId: string }> = gql`
  query IsolatedPeople($areaId: ID!) {
    isolatedPeople(areaId: $areaId) {
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
`;

export const missingLinksQuery: TypedDocumentNode<{ missingLinks: MissingLink[] }, { areaId: string }> = gql`
  query MissingLinks($areaId: ID!) {
    missingLinks(areaId: $areaId) {
      kind
      subjectIds
      suggestedIds
      field
      explanation
      score
    }
  }
`;

export interface AcceptVariables {
  kind: MissingLinkKind;
  subjectIds: string[];
  suggestedIds: string[];
  field?: string | null;
  note?: string | null;
}

export interface AcceptedSuggestion {
  kind: MissingLinkKind;
  tieIds: string[];
  councilId?: string | null;
  acceptedBy: string;
  acceptedAt: string;
}

export const acceptSuggestionMutation: TypedDocumentNode<{ acceptSuggestion: AcceptedSuggestion }, AcceptVariables> = gql`
  mutation AcceptSuggestion($kind: MissingLinkKind!, $subjectIds: [ID!]!, $suggestedIds: [ID!]!, $field: String, $note: String) {
    acceptSuggestion(kind: $kind, subjectIds: $subjectIds, suggestedIds: $suggestedIds, field: $field, note: $note) {
      kind
      tieIds
      councilId
      acceptedBy
      acceptedAt
    }
  }
`;
