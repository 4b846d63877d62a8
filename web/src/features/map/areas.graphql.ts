/** The areas the viewer may see, with their key figures (shared by the area list, the map and the report). */
import { graphql } from '../../gql';

export const areasQuery = graphql(`
  query Areas {
    areas {
      id
      name
      tier
      sortOrder
      parent {
        id
      }
      population
      households
      elderly
      peopleKnown {
        value
        masked
        text
      }
      organizationCount
      hubCount
    }
  }
`);
