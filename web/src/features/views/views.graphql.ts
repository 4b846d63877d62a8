/** Saved views of the map: the viewer's list, one by its link, saving and deleting. */
import { graphql } from '../../gql';

export const savedViewFields = graphql(`
  fragment SavedViewFields on SavedView {
    id
    name
    areaId
    areaName
    owner
    mine
    position
    updatedAt
    state {
      open
      show
      focus
      neutralLabels
      asOf
      filters {
        kinds
        categories
        fields
        showEnded
      }
    }
  }
`);

export const savedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      ...SavedViewFields
    }
  }
`);

export const savedViewQuery = graphql(`
  query SavedView($id: ID!) {
    savedView(id: $id) {
      ...SavedViewFields
    }
  }
`);

export const saveViewMutation = graphql(`
  mutation SaveView($id: ID, $input: SavedViewInput!) {
    saveView(id: $id, input: $input) {
      ...SavedViewFields
    }
  }
`);

export const deleteViewMutation = graphql(`
  mutation DeleteView($id: ID!) {
    deleteView(id: $id)
  }
`);
