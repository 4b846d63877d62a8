/** 今日の仕事. */
import { graphql } from '../../gql';

export const workListQuery = graphql(`
  query WorkList {
    workList {
      today
      until
      lastVisitAt
      reviewsDue { id reviewOn status subject { id kind name } keyPerson { name } }
      reviewsOverdue { id reviewOn status subject { id kind name } keyPerson { name } }
      followUpsDue { id followUpOn closeReason subject { id kind name } }
      withoutKeyPerson { id openedOn status subject { id kind name } }
      matchFollowUpsDue { id stage nextFollowUpOn areaId person { id name } place { id name } }
      meetingsThisWeek { id councilId councilName nextOn agenda { caseId withheld } }
      newFindings { kind subjectIds suggestedIds subjects { id kind name } suggested { id kind name } field explanation score }
    }
  }
`);
