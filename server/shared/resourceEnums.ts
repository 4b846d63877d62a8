/** The GraphQL enums of a hub's shape and of 担い手 skills (vocabulary/resourceCodes.ts), shared by hubs and people. */
import { hubFunctions, hubOperators, skills, weekdays } from '../vocabulary/resourceCodes.js';
import { enumOf } from './enums.js';

export const HubOperator = enumOf(hubOperators, 'HubOperator');
export const HubFunction = enumOf(hubFunctions, 'HubFunction');
export const Weekday = enumOf(weekdays, 'Weekday');
export const Skill = enumOf(skills, 'Skill');
