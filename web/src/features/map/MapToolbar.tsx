/** The row above the map: title, search, zoom and fit, closing the boxes and focus, exports, print, panel toggles. */
import type { ReactNode, RefObject } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import type { CanvasHandle } from '../../graph/CytoscapeCanvas';

interface Props {
  title: string;
  areaId: string;
  canvas: RefObject<CanvasHandle | null>;
  search: ReactNode;
  /** The day shown (MapDateControl), beside the search. */
  dates: ReactNode;
  /** Saving the view and neutral labels (features/views). */
  views: ReactNode;
  exportMenu: ReactNode;
  focusOn: boolean;
  canFocus: boolean;
  onFocus(on: boolean): void;
  onCollapseAll(): void;
  canCollapse: boolean;
  onRelayout(): void;
  relayouting: boolean;
  leftOpen: boolean;
  rightOpen: boolean;
  onToggleLeft(): void;
  onToggleRight(): void;
}

export function MapToolbar(props: Props) {
  const { t } = useI18n();
  const { canvas } = props;
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="button button--small map-toolbar__panel"
        aria-expanded={props.leftOpen}
        onClick={props.onToggleLeft}
      >
        ☰ {t('map.showPanel')}
      </button>
      <h1 className="map-toolbar__title">{props.title}</h1>
      {props.search}
      {props.dates}
      {props.views}
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => canvas.current?.fit()}
          aria-label={t('toolbar.fitLabel')}
        >
          ⤢ {t('toolbar.fit')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => canvas.current?.zoomBy(1.3)}
          aria-label={t('toolbar.zoomIn')}
        >
          ＋
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => canvas.current?.zoomBy(1 / 1.3)}
          aria-label={t('toolbar.zoomOut')}
        >
          −
        </button>
        {props.canCollapse && (
          <button type="button" className="button button--small" onClick={props.onCollapseAll}>
            {t('toolbar.collapseAll')}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          aria-pressed={props.focusOn}
          disabled={!props.canFocus}
          title={t('toolbar.focusLabel')}
          onClick={() => props.onFocus(!props.focusOn)}
        >
          ◎ {t('toolbar.focus')}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={props.onRelayout}
          disabled={props.relayouting}
          aria-busy={props.relayouting}
        >
          {props.relayouting ? t('map.layingOut') : t('toolbar.relayout')}
        </button>
        {props.exportMenu}
        <button type="button" className="button button--small" onClick={() => window.print()}>
          {t('toolbar.print')}
        </button>
        <Link className="button button--small button--ghost" to={{ name: 'report', areaId: props.areaId }}>
          {t('toolbar.report')}
        </Link>
      </div>
      <button
        type="button"
        className="button button--small map-toolbar__panel"
        aria-expanded={props.rightOpen}
        onClick={props.onToggleRight}
      >
        {t('map.showSide')}
      </button>
    </div>
  );
}
