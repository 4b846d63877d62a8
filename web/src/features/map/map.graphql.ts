/** The map's queries and the tie edits of its detail panel. */
import { graphql } from '../../gql';
import type { TieFieldsFragment } from '../../gql/graphql';

/** A tie as the detail panel lists and edits it. */
export type Tie = TieFieldsFragment;

export const networkQuery = graphql(`
  query Network($areaId: ID!, $includeEnded: Boolean!, $asOf: String, $open: [ID!], $show: [ID!], $focus: ID) {
    network(areaId: $areaId, includeEnded: $includeEnded, asOf: $asOf, open: $open, show: $show, focus: $focus) {
      nodes {
        id
        kind
        label
        parentId
        tier
        anonymous
        external
        fields
        roles
        subKind
        tags
        ageBand
        open
        summary {
          people {
            ...CountFields
          }
          households {
            ...CountFields
          }
          isolated {
            ...CountFields
          }
          unmetNeeds {
            ...CountFields
          }
          organizations
          hubs
          councils
        }
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
        count
        categories {
          category
          count
        }
      }
    }
  }
`);

export const mapSearchQuery = graphql(`
  query MapSearch($areaId: ID!, $text: String!) {
    mapSearch(areaId: $areaId, text: $text, limit: 20) {
      id
      kind
      label
      path
    }
  }
`);

// spread by the operations below; their generated documents carry it
graphql(`
  fragment TieFields on Tie {
    id
    sourceId
    targetId
    type
    category
    strength
    active
    since
    until
    note
    sourceName
    targetName
  }
`);

export const tiesQuery = graphql(`
  query Ties($nodeId: ID!) {
    ties(nodeId: $nodeId) {
      ...TieFields
    }
  }
`);

export const createTieMutation = graphql(`
  mutation CreateTie($input: TieInput!) {
    createTie(input: $input) {
      ...TieFields
    }
  }
`);

export const updateTieMutation = graphql(`
  mutation UpdateTie($id: ID!, $input: TieUpdate!) {
    updateTie(id: $id, input: $input) {
      ...TieFields
    }
  }
`);
