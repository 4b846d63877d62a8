/**
 * The app as the browser tests see it: the web app built once, the server over the test database, the sample town
 * imported under a prefix of its own (so tests running beside these never see it change), a coordinator of it, a
 * planner and a council member of its east (東中学校区), and an HTTP port. `close()` removes what it made.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { prefixedTownCopy } from '../../server/analysis/testing/sampleTown.js';
import { createApp } from '../../server/app.js';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import { sampleTownFolder } from '../../server/bundles/sampleTown.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';
import { buildWebOnce } from './buildWeb.js';

export interface RunningApp {
  url: string;
  /** The prefix of every id of this copy of the sample town: `${prefix}p-8050-son`. */
  prefix: string;
  id(sampleId: string): string;
  username: string;
  password: string;
  /** Users of the other roles, of the east area: their usernames (the password is the same). */
  planner: string;
  councilMember: string;
  /** A coordinator of the east alone (東中学校区), who may not read the town's report. */
  areaCoordinator: string;
  close(): Promise<void>;
}

/** A copy of the sample town bundle with every id prefixed. */
export function prefixedSampleTown(prefix: string): string {
  return prefixedTownCopy(sampleTownFolder, prefix);
}

export async function startAppServer(): Promise<RunningApp> {
  await buildWebOnce();
  const graph = await testGraph();
  const prefix = uniquePrefix();
  const folder = prefixedSampleTown(prefix);
  await importBundle(graph, folder);
  fs.rmSync(folder, { recursive: true, force: true });
  const username = `browser-${prefix.replace(/-$/, '')}`;
  const password = 'browser-password-1';
  await addUser(graph, { username, password, role: UserRole.COORDINATOR, areaIds: [`${prefix}a1-sakuradai`] });
  const planner = `${username}-planner`;
  const councilMember = `${username}-council`;
  const areaCoordinator = `${username}-east`;
  await addUser(graph, {
    username: areaCoordinator,
    password,
    role: UserRole.COORDINATOR,
    areaIds: [`${prefix}a2-higashi`],
  });
  await addUser(graph, { username: planner, password, role: UserRole.PLANNER, areaIds: [`${prefix}a2-higashi`] });
  await addUser(graph, {
    username: councilMember,
    password,
    role: UserRole.COUNCIL_MEMBER,
    areaIds: [`${prefix}a2-higashi`],
  });
  const app = await createApp(graph, { secret: randomBytes(48) });
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    prefix,
    id: (sampleId) => prefix + sampleId,
    username,
    password,
    planner,
    councilMember,
    areaCoordinator,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await removeByPrefix(graph, prefix);
      await graph.write('MATCH (u:User) WHERE u.username IN $usernames DETACH DELETE u', {
        usernames: [username, planner, councilMember, areaCoordinator],
      });
    },
  };
}
