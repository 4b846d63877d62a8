/** Every resolver class of the API, one line per concept; a new concept adds its line here. */
import { LoginResolver } from './auth/login.resolver.js';

export const resolvers = [
  LoginResolver,
] as const;
