/** The user behind a request, as read from their token and the database. */
import { registerEnumType } from 'type-graphql';

export enum UserRole {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  PLANNER = 'PLANNER',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description:
    'ADMIN everything; COORDINATOR everything inside their areas; PLANNER aggregates, organizations, hubs and councils; COUNCIL_MEMBER the map of their areas',
});

export interface Viewer {
  username: string;
  role: UserRole;
  /** The areas a non-admin works in, as assigned. Empty for ADMIN. */
  areaIds: string[];
  /** Every area inside those areas' subtrees (the assigned ones included); undefined for ADMIN: all. */
  scope: Set<string> | undefined;
  /** The tier-1 roots (municipalities) of the assigned areas. */
  municipalityIds: string[];
  /** The request this viewer made, for the audit log: its id and the client's address. */
  request?: { id: string; address: string | null };
}

/** Who a viewer is, for the audit log. */
export function actorOf(viewer: Viewer | undefined, request?: { id: string; address: string | null }) {
  const from = viewer?.request ?? request;
  return {
    username: viewer?.username ?? null,
    role: viewer?.role ?? null,
    requestId: from?.id ?? null,
    address: from?.address ?? null,
  };
}
