/** The structure layer's query: asked only when the layer is switched on (Graph Data Science runs for it). */
import { graphql } from '../../gql';

export const structureQuery = graphql(`
  query Structure($areaId: ID!) {
    structure(areaId: $areaId) {
      articulationPoints
      bridges
      brokers {
        id
        betweenness
      }
      communities {
        id
        size
        memberIds
      }
      cutPoints {
        id
        kind
        stranded {
          value
          masked
          text
        }
        cutOff {
          value
          masked
          text
        }
        sentence
      }
    }
  }
`);
