/** 生活便利帳: the organizations and hubs of an area. */
import { graphql } from '../../gql';

export const resourceDirectoryQuery = graphql(`
  query ResourceDirectory($areaId: ID!) {
    resourceDirectory(areaId: $areaId) {
      area {
        id
        name
        tier
      }
      asOf
      organizations {
        id
        name
        nameKana
        kind
        fields
        local
        area {
          id
          name
        }
        serves {
          id
          name
        }
      }
      hubs {
        id
        name
        nameKana
        kind
        tags
        operators
        area {
          id
          name
        }
      }
    }
  }
`);
