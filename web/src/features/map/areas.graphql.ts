/** The areas the viewer may see, with their key figures (shared by the area list, the map and the report). */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { AreaSummary } from '../../models/areaTree';

export const areasQuery: TypedDocumentNode<{ areas: AreaSummary[] }, Record<string, never>> = gql`
  query Areas {
    areas {
      id
      name
      tier
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
`;
