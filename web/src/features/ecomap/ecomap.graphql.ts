/** The ecomap of a person or a household. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { Network } from '../../models/network';

export const ecomapQuery: TypedDocumentNode<{ ecomap: Network }, { personId?: string; householdId?: string; includeEnded: boolean }> = gql`
  query Ecomap($personId: ID, $householdId: ID, $includeEnded: Boolean!) {
    ecomap(personId: $personId, householdId: $householdId, includeEnded: $includeEnded) {
      nodes {
        id
        kind
        label
        parentId
        anonymous
        roles
        fields
        ageBand
        subKind
      }
      edges {
        id
        source
        target
        type
        category
        strength
        active
        since
        until
      }
    }
  }
`;
