/** The ecomap of a person or a household. */
import { graphql } from '../../gql';

export const ecomapQuery = graphql(`
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
`);
