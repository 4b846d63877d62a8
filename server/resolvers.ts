/** Every resolver class of the API, one line per concept; a new concept adds its line here. */
import { AreaReportResolver } from './analysis/area-report/areaReport.resolver.js';
import { DismissalResolver } from './analysis/dismissals/dismissal.resolver.js';
import { IsolationResolver } from './analysis/isolation/isolation.resolver.js';
import { MissingLinksResolver } from './analysis/missing-links/missingLinks.resolver.js';
import { StructureResolver } from './analysis/structure/structure.resolver.js';
import { AreaResolver } from './areas/area.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { LoginResolver } from './auth/login.resolver.js';
import { UserResolver } from './auth/users.resolver.js';
import { CaseResolver } from './cases/case.resolver.js';
import { CouncilResolver } from './councils/council.resolver.js';
import { DirectoryResolver } from './directory/directory.resolver.js';
import { HouseholdResolver } from './households/household.resolver.js';
import { HubResolver } from './hubs/hub.resolver.js';
import { MatchResolver } from './matches/match.resolver.js';
import { CaseMeetingsResolver } from './meetings/caseMeetings.resolver.js';
import { MeetingResolver } from './meetings/meeting.resolver.js';
import { NetworkResolver } from './network/network.resolver.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { PersonResolver } from './people/person.resolver.js';
import { TieResolver } from './ties/tie.resolver.js';
import { SavedViewResolver } from './views/view.resolver.js';
import { WorkListResolver } from './worklist/workList.resolver.js';

export const resolvers = [
  LoginResolver,
  UserResolver,
  AreaResolver,
  PersonResolver,
  HouseholdResolver,
  OrganizationResolver,
  CouncilResolver,
  HubResolver,
  TieResolver,
  NetworkResolver,
  IsolationResolver,
  MissingLinksResolver,
  StructureResolver,
  AreaReportResolver,
  AuditResolver,
  SavedViewResolver,
  CaseResolver,
  DismissalResolver,
  WorkListResolver,
  MeetingResolver,
  CaseMeetingsResolver,
  DirectoryResolver,
  MatchResolver,
] as const;
