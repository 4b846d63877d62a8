/** The left column of the map: the area tree to move between maps, the filters, the layers and the legend. */
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useViewer } from '../../app/session';
import { type AreaSummary, workingScope } from '../../models/areaTree';
import type { MapFilters } from '../../models/filters';
import type { MapElement } from '../../models/network';
import { AreaTree } from './AreaTree';
import { FilterPanel } from './FilterPanel';
import { Legend } from './Legend';

interface Props {
  areaId: string;
  areas: readonly AreaSummary[];
  filters: MapFilters;
  onFilters(filters: MapFilters): void;
  /** Whether ended ties are offered (the roles the server lets look back). */
  mayShowEnded: boolean;
  showSuggestions: boolean;
  onShowSuggestions(show: boolean): void;
  elements: readonly MapElement[];
  /** Switches of layers drawn over the map (the 構造 layer), and their legend entries. */
  layers?: ReactNode;
  layersLegend?: ReactNode;
}

export function MapSidebar(props: Props) {
  const { areaId, areas, filters, onFilters, showSuggestions, onShowSuggestions, elements } = props;
  const { t } = useI18n();
  const scope = workingScope(areas, useViewer().areaIds);
  return (
    <aside className="map-side map-side--left" aria-label={t('map.sidebar')}>
      {areas.length > 0 && (
        <AreaTree
          compact
          areas={areas}
          currentId={areaId}
          label={t('nav.areas')}
          opensMap={(area) => !scope || scope.has(area.id)}
          actions={(area) =>
            area.id === areaId || (scope && !scope.has(area.id)) ? null : (
              <Link
                to={{ name: 'map', areaId: area.id }}
                className="link-button"
                aria-label={t('areas.openMapOf', { name: area.name })}
              >
                {t('areas.openMap')}
              </Link>
            )
          }
        />
      )}
      <FilterPanel
        filters={filters}
        onChange={onFilters}
        mayShowEnded={props.mayShowEnded}
        showSuggestions={showSuggestions}
        onShowSuggestions={onShowSuggestions}
      />
      {props.layers}
      <Legend elements={elements}>{props.layersLegend}</Legend>
    </aside>
  );
}
