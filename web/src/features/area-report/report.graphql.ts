/** The area report (地域カルテ), with its child areas. */
import { graphql } from '../../gql';

// spread by the fragment and query below; their generated documents carry them
graphql(`
  fragment CountFields on Count {
    value
    masked
    text
  }
`);

graphql(`
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
    unmetNeedsByField {
      field
      people {
        ...CountFields
      }
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
    resourceChanges {
      hubsOpened
      hubsClosed
      organizationsOpened
      organizationsClosed
      councilsOpened
      councilsClosed
    }
  }
`);

graphql(`
  fragment CaseFiguresFields on CaseFigures {
    fiscalYear
    from
    to
    newCases {
      ...CountFields
    }
    newCasesByRoute {
      route
      cases {
        ...CountFields
      }
    }
    communityRoutes
    communityCases {
      ...CountFields
    }
    communityShare {
      value
      masked
    }
    closedCases {
      ...CountFields
    }
    closedByReason {
      reason
      cases {
        ...CountFields
      }
    }
    firstPlans {
      ...CountFields
    }
    planRevisions {
      ...CountFields
    }
    meetingsByCouncil {
      councilId
      name
      meetings
    }
    multiNeedHouseholds {
      ...CountFields
    }
    followUpsDue {
      ...CountFields
    }
    followUpsOnTime {
      ...CountFields
    }
    followUpOnTimeRate {
      value
      masked
    }
  }
`);

export const areaReportQuery = graphql(`
  query AreaReport($areaId: ID!, $asOf: String) {
    areaReport(areaId: $areaId, asOf: $asOf) {
      ...ReportFigures
      cases {
        ...CaseFiguresFields
      }
      children {
        ...ReportFigures
      }
    }
  }
`);

/** The area beside its siblings, without reading the parent's report (a coordinator may not read it). */
export const areaSiblingsQuery = graphql(`
  query AreaSiblings($areaId: ID!, $asOf: String) {
    areaSiblings(areaId: $areaId, asOf: $asOf) {
      parentId
      withheld
      areas {
        ...ReportFigures
      }
    }
  }
`);
