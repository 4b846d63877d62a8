/**
 * A volunteer under 支援措置 (RESTRICTED) is nobody's suggested watcher and shapes no finding's sentence for a
 * viewer who may not know of them (an attacker's review: a FORMAL_ONLY finding dropped whole when its only volunteer
 * was hidden, which told the coordinator a hidden volunteer lived there).
 */
import { describe, expect, it } from 'vitest';
import { adminViewer, viewerOf } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { UserRole } from '../../auth/viewer.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2025-06-01';
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3', tier: 3, parent: 'c2' },
  ],
  people: [
    { id: 'hanako', name: '花子', area: 'c3', needs: ['ELDERLY'] },
    { id: 'hidden', name: '隠 れ子', area: 'c3', roles: ['VOLUNTEER'], consent: 'RESTRICTED' },
  ],
  organizations: [{ id: 'houkatsu', area: 'c3', serves: ['c2'], fields: ['ELDERLY'] }],
  ties: [{ from: 'houkatsu', to: 'hanako', type: 'SUPPORTS' }],
});

const findAs = (viewer: Parameters<typeof findMissingLinks>[1]['viewer'], kind: MissingLinkKind) =>
  findMissingLinks(town.graph, { areaId: town.id('c2'), asOf, viewer }, [kind]);

describe.each([MissingLinkKind.FORMAL_ONLY, MissingLinkKind.WATCH_GAP])('%s', (kind) => {
  it('suggests no hidden volunteer to a coordinator who may not know of them, and names them nowhere', async () => {
    const coordinator = viewerOf(UserRole.COORDINATOR, [town.id('c2'), town.id('c3')]);
    const [finding] = await findAs(coordinator, kind);
    expect(finding.subjectIds).toEqual([town.id('hanako')]);
    expect(finding.suggestedIds).toEqual([]);
    expect([...finding.personIds, ...finding.suggestedIds]).not.toContain(town.id('hidden'));
    expect(finding.explanation).not.toContain('隠');
  });

  it('suggests them to ADMIN, who sees everyone', async () => {
    const [finding] = await findAs(adminViewer, kind);
    expect(finding.suggestedIds).toContain(town.id('hidden'));
  });
});
