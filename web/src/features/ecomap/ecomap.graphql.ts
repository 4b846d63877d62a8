/** The ecomap of a person or a household. */
import { graphql } from '../../gql';

export const ecomapQuery = graphql(`
  query Ecomap($personId: ID, $householdId: ID, $includeEnded: Boolean!, $asOf: String) {
    ecomap(personId: $personId, householdId: $householdId, includeEnded: $includeEnded, asOf: $asOf) {
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
