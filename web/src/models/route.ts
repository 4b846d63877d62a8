/** The screens of the app as URLs: parsing a location into a route and back, so links and history work. */

export type Route =
  | { name: 'login'; next?: string }
  | { name: 'home' }
  | { name: 'map'; areaId: string; nodeId?: string }
  | { name: 'ecomap'; subject: 'person' | 'household'; id: string }
  | { name: 'report'; areaId: string; print?: boolean }
  | { name: 'admin' }
  | { name: 'audit' }
  | { name: 'password' }
  | { name: 'views' }
  | { name: 'view'; id: string }
  | { name: 'slides'; ids: string[]; at?: number }
  | { name: 'notFound'; path: string };

const enc = encodeURIComponent;

export function routePath(route: Route): string {
  switch (route.name) {
    case 'login':
      return route.next ? `/login?next=${enc(route.next)}` : '/login';
    case 'home':
      return '/';
    case 'map':
      return `/map/${enc(route.areaId)}${route.nodeId ? `?node=${enc(route.nodeId)}` : ''}`;
    case 'ecomap':
      return `/ecomap/${route.subject}/${enc(route.id)}`;
    case 'report':
      return `/report/${enc(route.areaId)}${route.print ? '?print=1' : ''}`;
    case 'admin':
      return '/admin';
    case 'audit':
      return '/admin/audit';
    case 'password':
      return '/password';
    case 'views':
      return '/views';
    case 'view':
      return `/views/${enc(route.id)}`;
    case 'slides':
      return `/slides?views=${route.ids.map(enc).join(',')}${route.at ? `&at=${route.at + 1}` : ''}`;
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
    return { name: 'map', areaId: a, nodeId: query.get('node') ?? undefined };
  if (head === 'ecomap' && (a === 'person' || a === 'household') && b && parts.length === 3) {
    return { name: 'ecomap', subject: a, id: b };
  }
  if (head === 'report' && a && parts.length === 2)
    return { name: 'report', areaId: a, print: query.get('print') === '1' };
  if (head === 'admin' && parts.length === 1) return { name: 'admin' };
  if (head === 'admin' && a === 'audit' && parts.length === 2) return { name: 'audit' };
  if (head === 'password' && parts.length === 1) return { name: 'password' };
  if (head === 'views' && parts.length === 1) return { name: 'views' };
  if (head === 'views' && a && parts.length === 2) return { name: 'view', id: a };
  if (head === 'slides' && parts.length === 1) {
    const ids = (query.get('views') ?? '').split(',').filter(Boolean);
    const at = Number(query.get('at'));
    if (ids.length > 0) return { name: 'slides', ids, ...(Number.isInteger(at) && at > 1 ? { at: at - 1 } : {}) };
  }
  return { name: 'notFound', path: pathname };
}
