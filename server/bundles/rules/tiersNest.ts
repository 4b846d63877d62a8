/**
 * Rule: areas nest by tier. A tier-1 area (the municipality) has no parent; a tier-2 area's parent is a tier-1 area
 * and a tier-3 area's a tier-2 area, whether the parent is in the bundle or already in the database.
 */
import type { Tier } from '../../vocabulary/codes.js';
import type { RuleContext } from './rule.types.js';

export function tiersNest(context: RuleContext): void {
  const areas = context.bundle.areas?.records ?? [];
  const tierInBundle = new Map<string, Tier | undefined>();
  for (const { id, tier } of areas) if (id !== undefined && !tierInBundle.has(id)) tierInBundle.set(id, tier);

  for (const { id, tier, parentId, line } of areas) {
    if (tier === undefined || parentId === undefined) continue;
    if (parentId === null) {
      const message = `a tier-${tier} area needs a parent of tier ${tier - 1}`;
      if (tier !== 1) context.report('areas', line, 'parent_id', '', message);
      continue;
    }
    if (tier === 1) {
      context.report('areas', line, 'parent_id', parentId, 'a tier-1 area (the municipality) has no parent');
      continue;
    }
    const existing = context.existing.get(parentId);
    const tierInDatabase = existing?.kind === 'Area' ? existing.tier : undefined;
    const parentTier = tierInBundle.has(parentId) ? tierInBundle.get(parentId) : tierInDatabase;
    if (parentTier === undefined || parentTier === null) continue; // unknown parent: referencesResolve says so
    if (parentId === id) {
      context.report('areas', line, 'parent_id', parentId, 'an area cannot be its own parent');
    } else if (parentTier !== tier - 1) {
      const message = `the parent "${parentId}" is a tier-${parentTier} area`;
      context.report(
        'areas',
        line,
        'parent_id',
        parentId,
        `${message}; a tier-${tier} area's parent is tier ${tier - 1}`,
      );
    }
  }
}
