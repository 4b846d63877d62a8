/** The entity forms' reads (each kind with every field its form shows) and their create, update and delete. */
import { graphql } from '../../gql';

export const personToEditQuery = graphql(`
  query PersonToEdit($id: ID!) {
    person(id: $id) {
      id
      name
      nameKana
      ageBand
      canOffer
      offerTime
      area {
        id
      }
      household {
        id
      }
      roles
      needs
      interests
      consent
      restrictedFor
    }
  }
`);

export const householdToEditQuery = graphql(`
  query HouseholdToEdit($id: ID!) {
    household(id: $id) {
      id
      name
      memberCount
      area {
        id
      }
    }
  }
`);

export const organizationToEditQuery = graphql(`
  query OrganizationToEdit($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      fields
      since
      until
      area {
        id
      }
      serves {
        id
      }
    }
  }
`);

export const councilToEditQuery = graphql(`
  query CouncilToEdit($id: ID!) {
    council(id: $id) {
      id
      name
      kind
      tier
      since
      until
      covers {
        id
      }
    }
  }
`);

export const hubToEditQuery = graphql(`
  query HubToEdit($id: ID!) {
    hub(id: $id) {
      id
      name
      kind
      tags
      audience
      operator
      openDays
      openHours
      functions
      consultationPoint
      helpWanted
      since
      until
      area {
        id
      }
    }
  }
`);

/** The households a person may join: those of the area chosen and below. */
export const householdChoicesQuery = graphql(`
  query HouseholdChoices($areaId: ID!) {
    households(areaId: $areaId) {
      id
      name
    }
  }
`);

export const createPersonMutation = graphql(`
  mutation CreatePerson($input: PersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);

export const updatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: PersonUpdate!) {
    updatePerson(id: $id, input: $input) {
      id
    }
  }
`);

export const deletePersonMutation = graphql(`
  mutation DeletePerson($id: ID!) {
    deletePerson(id: $id)
  }
`);

export const createHouseholdMutation = graphql(`
  mutation CreateHousehold($id: ID!, $input: HouseholdInput!) {
    createHousehold(id: $id, input: $input) {
      id
    }
  }
`);

export const updateHouseholdMutation = graphql(`
  mutation UpdateHousehold($id: ID!, $input: HouseholdInput!) {
    updateHousehold(id: $id, input: $input) {
      id
    }
  }
`);

export const deleteHouseholdMutation = graphql(`
  mutation DeleteHousehold($id: ID!) {
    deleteHousehold(id: $id)
  }
`);

export const createOrganizationMutation = graphql(`
  mutation CreateOrganization($id: ID!, $input: OrganizationInput!) {
    createOrganization(id: $id, input: $input) {
      id
    }
  }
`);

export const updateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
    }
  }
`);

export const deleteOrganizationMutation = graphql(`
  mutation DeleteOrganization($id: ID!) {
    deleteOrganization(id: $id)
  }
`);

export const createCouncilMutation = graphql(`
  mutation CreateCouncil($id: ID!, $input: CouncilInput!) {
    createCouncil(id: $id, input: $input) {
      id
    }
  }
`);

export const updateCouncilMutation = graphql(`
  mutation UpdateCouncil($id: ID!, $input: CouncilInput!) {
    updateCouncil(id: $id, input: $input) {
      id
    }
  }
`);

export const deleteCouncilMutation = graphql(`
  mutation DeleteCouncil($id: ID!) {
    deleteCouncil(id: $id)
  }
`);

export const createHubMutation = graphql(`
  mutation CreateHub($id: ID!, $input: HubInput!) {
    createHub(id: $id, input: $input) {
      id
    }
  }
`);

export const updateHubMutation = graphql(`
  mutation UpdateHub($id: ID!, $input: HubInput!) {
    updateHub(id: $id, input: $input) {
      id
    }
  }
`);

export const deleteHubMutation = graphql(`
  mutation DeleteHub($id: ID!) {
    deleteHub(id: $id)
  }
`);
