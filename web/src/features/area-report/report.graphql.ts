/** The area report (地域カルテ), with its child areas. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { AreaReport } from '../../models/areaReport';

const count = gql`
  fragment CountFields on Count {
    value
    masked
    text
  }
`;

const figures = gql`
  fragment ReportFigures on AreaReport {
    areaId
    name
    tier
    asOf
    population
    households
    elderly
    residentsKnown {
      ...CountFields
    }
    isolated {
      ...CountFields
    }
    isolationRate {
      value
      masked
    }
    peopleInNeed {
      ...CountFields
    }
    peopleWithUnmetNeeds {
      ...CountFields
    }
    watchersPerPersonInNeed {
      value
      masked
    }
    hubs
    hubsByKind {
      kind
      count
    }
    hubsPer1000Elderly
    organizations
    organizationsByField {
      field
      count
    }
    councils {
      id
      name
      kind
      tier
      organizationMembers
      personMembers {
        ...CountFields
      }
    }
    unaffiliatedResources
  }
  ${count}
`;

export const areaReportQuery: TypedDocumentNode<{ areaReport: AreaReport }, { areaId: string; asOf?: string }> = gql`
  query AreaReport($areaId: ID!, $asOf: String) {
    areaReport(areaId: $areaId, asOf: $asOf) {
      ...ReportFigures
      children {
        ...ReportFigures
      }
    }
  }
  ${figures}
`;
