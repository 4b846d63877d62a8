/** The map's queries and the tie edits of its detail panel. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { Network } from '../../models/network';

export const networkQuery: TypedDocumentNode<{ network: Network }, { areaId: string; includeEnded: boolean }> = gql`
  query Network($areaId: ID!, $includeEnded: Boolean!) {
    network(areaId: $areaId, includeEnded: $includeEnded) {
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

export interface Tie {
  id: string;
  sourceId: string;
  targetId: string;
  type: string;
  category: string;
  strength: string;
  active: boolean;
  since?: string | null;
  until?: string | null;
  note?: string | null;
}

const tieFields = gql`
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
  }
`;

export const tiesQuery: TypedDocumentNode<{ ties: Tie[] }, { nodeId: string }> = gql`
  query Ties($nodeId: ID!) {
    ties(nodeId: $nodeId) {
      ...TieFields
    }
  }
  ${tieFields}
`;

export interface TieInput {
  sourceId: string;
  targetId: string;
  type: string;
  strength?: string;
  since?: string;
  note?: string;
}

export const createTieMutation: TypedDocumentNode<{ createTie: Tie }, { input: TieInput }> = gql`
  mutation CreateTie($input: TieInput!) {
    createTie(input: $input) {
      ...TieFields
    }
  }
  ${tieFields}
`;

export interface TieUpdate {
  strength?: string;
  since?: string;
  until?: string;
  note?: string;
}

export const updateTieMutation: TypedDocumentNode<{ updateTie: Tie }, { id: string; input: TieUpdate }> = gql`
  mutation UpdateTie($id: ID!, $input: TieUpdate!) {
    updateTie(id: $id, input: $input) {
      ...TieFields
    }
  }
  ${tieFields}
`;
