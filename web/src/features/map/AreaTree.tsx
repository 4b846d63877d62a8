/**
 * The tiers as a tree (第1層 ▸ 第2層 ▸ 第3層) with each area's key figures. Every row is reachable by Tab; the
 * disclosure buttons open and close a level; an area's name opens its map.
 */
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { type AreaSummary, type AreaTreeNode, buildAreaTree } from '../../models/areaTree';
import { formatCount, type Shown, shown } from '../../models/counts';
import { tierLabels } from '../../models/vocabulary';

interface Props {
  areas: readonly AreaSummary[];
  /** The area shown now; its row is marked and its ancestors start open. */
  currentId?: string;
  /** Areas open at first (besides the ancestors of the current one). */
  initiallyOpen?: readonly string[];
  /** What a row offers (links to its map and report). */
  actions(area: AreaSummary): ReactNode;
  /** Whether an area's name opens its map (the viewer works there). */
  opensMap(area: AreaSummary): boolean;
  /** Fewer figures, for the narrow sidebar of the map. */
  compact?: boolean;
  label: string;
}

export function AreaTree({ areas, currentId, initiallyOpen = [], actions, opensMap, compact = false, label }: Props) {
  const roots = buildAreaTree(areas);
  const [open, setOpen] = useState<Set<string>>(() => {
    const start = new Set(initiallyOpen);
    if (currentId) {
      const byId = new Map(areas.map((a) => [a.id, a]));
      for (let a = byId.get(currentId); a?.parent; a = byId.get(a.parent.id)) start.add(a.parent.id);
    }
    return start;
  });
  function toggle(id: string) {
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }
  return (
    <ul className={compact ? 'area-tree area-tree--compact' : 'area-tree'} aria-label={label}>
      {roots.map((node) => (
        <Branch
          key={node.area.id}
          node={node}
          open={open}
          toggle={toggle}
          currentId={currentId}
          actions={actions}
          opensMap={opensMap}
          compact={compact}
        />
      ))}
    </ul>
  );
}

interface BranchProps {
  node: AreaTreeNode;
  open: Set<string>;
  toggle(id: string): void;
  currentId?: string;
  actions(area: AreaSummary): ReactNode;
  opensMap(area: AreaSummary): boolean;
  compact: boolean;
}

function Branch({ node, open, toggle, currentId, actions, opensMap, compact }: BranchProps) {
  const { t, l } = useI18n();
  const { area, children } = node;
  const isOpen = open.has(area.id);
  const childListId = `area-children-${area.id}`;
  return (
    <li className={`area-tree__item area-tree__item--tier${area.tier}`}>
      <div className="area-tree__row" aria-current={area.id === currentId ? 'location' : undefined}>
        {children.length > 0 ? (
          <button
            type="button"
            className="area-tree__toggle"
            aria-expanded={isOpen}
            aria-controls={childListId}
            aria-label={t(isOpen ? 'areas.collapse' : 'areas.expand', { name: area.name })}
            onClick={() => toggle(area.id)}
          >
            <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="area-tree__toggle area-tree__toggle--leaf" aria-hidden="true" />
        )}
        <span className="area-tree__name">
          <span className={`tier-badge tier-badge--${area.tier}`}>{l(tierLabels[area.tier])}</span>{' '}
          {opensMap(area) && area.id !== currentId ? (
            <Link to={{ name: 'map', areaId: area.id }} className="area-tree__link">
              {area.name}
            </Link>
          ) : (
            area.name
          )}
        </span>
        {!compact && <Figures area={area} />}
        <span className="area-tree__actions">{actions(area)}</span>
      </div>
      {children.length > 0 && isOpen && (
        <ul className="area-tree__children" id={childListId}>
          {children.map((child) => (
            <Branch
              key={child.area.id}
              node={child}
              open={open}
              toggle={toggle}
              currentId={currentId}
              actions={actions}
              opensMap={opensMap}
              compact={compact}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function Figures({ area }: { area: AreaSummary }) {
  const { t, lang } = useI18n();
  const items: [string, Shown][] = [
    [t('figures.population'), shown(area.population)],
    [t('figures.elderly'), shown(area.elderly)],
    [t('figures.peopleKnown'), shown(area.peopleKnown)],
    [t('figures.organizations'), shown(area.organizationCount)],
    [t('figures.hubs'), shown(area.hubCount)],
  ];
  return (
    <dl className="area-tree__figures">
      {items.map(([label, value]) => (
        <div key={label} className="figure">
          <dt>{label}</dt>
          <dd className={value === 'masked' ? 'figure--masked' : undefined}>{formatCount(value, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
