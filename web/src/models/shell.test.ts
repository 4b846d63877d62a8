import { describe, expect, it } from 'vitest';
import { ancestorIds, buildAreaTree, pathTo, perThousand, workingScope } from './areaTree';
import { describeError } from './errors';
import { parseRoute, routePath } from './route';

describe('describeError', () => {
  it('reads the code of a GraphQL error and gives the Japanese words', () => {
    const described = describeError({ errors: [{ message: 'your role may not', extensions: { code: 'FORBIDDEN' } }] });
    expect(described.code).toBe('FORBIDDEN');
    expect(described.text.ja).toContain('権限');
    expect(described.detail).toBe('your role may not');
  });

  it('says a wrong password on the login screen, not an expired login', () => {
    expect(describeError({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }, 'login').code).toBe('LOGIN_FAILED');
  });

  it('says how long to wait after too many failed logins (a 429 with the error in its body)', () => {
    const body = {
      errors: [{ message: 'too many', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 600 } }],
    };
    const described = describeError({ statusCode: 429, bodyText: JSON.stringify(body) }, 'login');
    expect(described.code).toBe('TOO_MANY_ATTEMPTS');
    expect(described.text).toEqual({
      ja: 'ログインの失敗が続いたため、しばらくログインできません。10分ほど待ってから、もう一度お試しください。',
      en: 'Too many failed logins. Please wait about 10 minutes and try again.',
    });
  });

  it('reads GraphQL errors from the body of an HTTP error', () => {
    const error = {
      statusCode: 401,
      bodyText: JSON.stringify({ errors: [{ message: 'log in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    };
    expect(describeError(error).code).toBe('UNAUTHENTICATED');
    expect(describeError({ statusCode: 502, bodyText: '<html>' }).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('tells a failed fetch from a server error', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('OFFLINE');
    expect(describeError({ errors: [{ extensions: { code: 'SOMETHING_NEW' } }] }).code).toBe('UNKNOWN');
    expect(describeError({ errors: [{ extensions: { code: 'GDS_UNAVAILABLE' } }] }).text.en).toContain(
      'Graph Data Science',
    );
  });
});

describe('routes', () => {
  it('round-trips every screen', () => {
    for (const path of [
      '/',
      '/login?next=%2Fmap%2Fa1',
      '/map/a1?node=p%2F1',
      '/ecomap/person/p1',
      '/ecomap/household/h1',
      '/map/a1?asOf=2025-04-01',
      '/map/a1?node=p1&asOf=2025-04-01&from=2024-04-01',
      '/ecomap/person/p1?asOf=2025-04-01&from=2020-04-01',
      '/report/a2?print=1',
      '/admin',
      '/admin/import',
      '/password',
      '/views',
      '/views/view-abc',
      '/slides?views=view-a,view-b',
      '/slides?views=view-a,view-b&at=2',
    ]) {
      const [pathname, search] = path.split('?');
      expect(routePath(parseRoute(pathname, search ? `?${search}` : ''))).toBe(path);
    }
  });

  it('names an unknown path', () => {
    expect(parseRoute('/nowhere/at/all')).toEqual({ name: 'notFound', path: '/nowhere/at/all' });
    expect(parseRoute('/map/a1', '?node=p1')).toEqual({
      name: 'map',
      areaId: 'a1',
      nodeId: 'p1',
      asOf: undefined,
      from: undefined,
    });
    expect(parseRoute('/slides', '')).toEqual({ name: 'notFound', path: '/slides' });
    expect(parseRoute('/slides', '?views=a,b&at=2')).toEqual({ name: 'slides', ids: ['a', 'b'], at: 1 });
  });
});

describe('area tree', () => {
  const areas = [
    { id: 'k3', name: '柏木', tier: 3, parent: { id: 'k' } },
    { id: 'm', name: '市', tier: 1, parent: null },
    { id: 'k', name: '北', tier: 2, parent: { id: 'm' } },
    { id: 'h3', name: '日の出', tier: 3, parent: { id: 'k' } },
    { id: 'x', name: '見えない親', tier: 3, parent: { id: 'hidden' } },
  ];

  it('nests tiers and keeps areas whose parent is not visible as roots', () => {
    const roots = buildAreaTree(areas);
    expect(roots.map((r) => r.area.id)).toEqual(['m', 'x']);
    expect(roots[0].children[0].children.map((c) => c.area.id)).toEqual(['h3', 'k3']);
  });

  it('walks the path from the root', () => {
    expect(pathTo(areas, 'h3').map((a) => a.id)).toEqual(['m', 'k', 'h3']);
    expect(ancestorIds(areas, 'h3')).toEqual(['m', 'k']);
    expect(pathTo(areas, 'nope')).toEqual([]);
  });

  it('knows the areas a user works in: the assigned ones and everything inside', () => {
    expect([...workingScope(areas, ['k'])!].sort()).toEqual(['h3', 'k', 'k3']);
    expect(workingScope(areas, [])).toBeUndefined();
  });

  it('computes rates per thousand only on a known base', () => {
    expect(perThousand(3, 1500)).toBe(2);
    expect(perThousand(3, 0)).toBeUndefined();
    expect(perThousand(undefined, 10)).toBeUndefined();
  });
});
