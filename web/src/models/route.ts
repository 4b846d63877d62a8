/** The screens of the app as URLs: parsing a location into a route and back, so links and history work. */

/**
 * The days a map or an ecomap shows, so that a link opens the same view: as of `asOf` (absent: today), and for a
 * comparison the earlier day `from` (YYYY-MM-DD, checked by the screen: models/timeline.ts).
 */
export interface RouteDates {
  asOf?: string;
  from?: string;
}

export type Route =
  | { name: 'login'; next?: string }
  | { name: 'home' }
  | ({ name: 'map'; areaId: string; nodeId?: string; open?: readonly string[] } & RouteDates)
  | ({ name: 'ecomap'; subject: 'person' | 'household'; id: string } & RouteDates)
  | { name: 'report'; areaId: string; print?: boolean }
  | { name: 'directory'; areaId: string }
  | { name: 'admin' }
  | { name: 'audit' }
  | { name: 'import' }
  | { name: 'password' }
  | { name: 'views' }
  | { name: 'view'; id: string }
  | { name: 'slides'; ids: string[]; at?: number }
  | { name: 'case'; id: string }
  | { name: 'today' }
  | { name: 'meetings'; councilId: string }
  | { name: 'notFound'; path: string };

import { openParam, parseOpenParam } from './detail';

const enc = encodeURIComponent;

/** `?a=1&b=2` of the pairs that have a value, or nothing. */
function query(pairs: [string, string | undefined][]): string {
  const given = pairs.filter((pair): pair is [string, string] => Boolean(pair[1]));
  return given.length > 0 ? `?${given.map(([key, value]) => `${key}=${enc(value)}`).join('&')}` : '';
}

function datesOf(query: URLSearchParams): RouteDates {
  return { asOf: query.get('asOf') || undefined, from: query.get('from') || undefined };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'login':
      return route.next ? `/login?next=${enc(route.next)}` : '/login';
    case 'home':
      return '/';
    case 'map': {
      const parts = [
        route.nodeId ? `node=${enc(route.nodeId)}` : undefined,
        route.open?.length ? `open=${openParam(route.open)}` : undefined,
        route.asOf ? `asOf=${enc(route.asOf)}` : undefined,
        route.from ? `from=${enc(route.from)}` : undefined,
      ].filter(Boolean);
      return `/map/${enc(route.areaId)}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
    }
    case 'ecomap':
      return `/ecomap/${route.subject}/${enc(route.id)}${query([
        ['asOf', route.asOf],
        ['from', route.from],
      ])}`;
    case 'report':
      return `/report/${enc(route.areaId)}${route.print ? '?print=1' : ''}`;
    case 'directory':
      return `/directory/${enc(route.areaId)}`;
    case 'admin':
      return '/admin';
    case 'audit':
      return '/admin/audit';
    case 'import':
      return '/admin/import';
    case 'password':
      return '/password';
    case 'views':
      return '/views';
    case 'view':
      return `/views/${enc(route.id)}`;
    case 'slides':
      return `/slides?views=${route.ids.map(enc).join(',')}${route.at ? `&at=${route.at + 1}` : ''}`;
    case 'case':
      return `/cases/${enc(route.id)}`;
    case 'today':
      return '/today';
    case 'meetings':
      return `/councils/${enc(route.councilId)}/meetings`;
    case 'notFound':
      return route.path;
  }
}

export function parseRoute(pathname: string, search = ''): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, a, b] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (head === 'login' && parts.length === 1) return { name: 'login', next: query.get('next') ?? undefined };
  if (head === 'map' && a && parts.length === 2)
    return {
      name: 'map',
      areaId: a,
      nodeId: query.get('node') ?? undefined,
      // read undecoded: the ids are encoded one by one between the commas
      ...(query.get('open') ? { open: parseOpenParam(/(?:^|[?&])open=([^&]*)/.exec(search)?.[1]) } : {}),
      ...datesOf(query),
    };
  if (head === 'ecomap' && (a === 'person' || a === 'household') && b && parts.length === 3) {
    return { name: 'ecomap', subject: a, id: b, ...datesOf(query) };
  }
  if (head === 'report' && a && parts.length === 2)
    return { name: 'report', areaId: a, print: query.get('print') === '1' };
  if (head === 'directory' && a && parts.length === 2) return { name: 'directory', areaId: a };
  if (head === 'admin' && parts.length === 1) return { name: 'admin' };
  if (head === 'admin' && a === 'audit' && parts.length === 2) return { name: 'audit' };
  if (head === 'admin' && a === 'import' && parts.length === 2) return { name: 'import' };
  if (head === 'password' && parts.length === 1) return { name: 'password' };
  if (head === 'views' && parts.length === 1) return { name: 'views' };
  if (head === 'views' && a && parts.length === 2) return { name: 'view', id: a };
  if (head === 'cases' && a && parts.length === 2) return { name: 'case', id: a };
  if (head === 'today' && parts.length === 1) return { name: 'today' };
  if (head === 'councils' && a && b === 'meetings' && parts.length === 3) return { name: 'meetings', councilId: a };
  if (head === 'slides' && parts.length === 1) {
    const ids = (query.get('views') ?? '').split(',').filter(Boolean);
    const at = Number(query.get('at'));
    if (ids.length > 0) return { name: 'slides', ids, ...(Number.isInteger(at) && at > 1 ? { at: at - 1 } : {}) };
  }
  return { name: 'notFound', path: pathname };
}
