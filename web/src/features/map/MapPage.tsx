/**
 * The network map of an area: the tiers as nested boxes, findings on them, the area tree, filters and legend on
 * the left, details and findings on the right. The server decides the level of detail: the child areas come as
 * closed boxes with their counts, opening one fetches it; search hits and findings are drawn wherever they are.
 * Positions stay put across filters, opening and accepting.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { useRouter } from '../../app/router';
import { useRights } from '../../app/session';
import { type CanvasHandle, CytoscapeCanvas } from '../../graph/CytoscapeCanvas';
import { fcoseLimit, refineWithFcose } from '../../graph/layout';
import { anonymized, neutralLabels, relabelled } from '../../models/anonymize';
import { closeBox, type MapDetail, openBox, showIds, withFocus } from '../../models/detail';
import { defaultFilters, type MapFilters } from '../../models/filters';
import { type FindingItem, findingIds } from '../../models/findings';
import { isEdge, isNode, parentIndex } from '../../models/network';
import { seesPeople } from '../../models/permissions';
import type { MapSnapshot } from '../../models/savedView';
import { withStructure } from '../../models/structureLayer';
import { formatDay, localToday } from '../../models/timeline';
import { type ViewAtRest, ZoomOpener } from '../../models/zoomOpen';
import { Progress } from '../../ui/Progress';
import { NewEntityMenu } from '../editing/NewEntityMenu';
import { AcceptDialog } from '../findings/AcceptDialog';
import { FindingsPanel } from '../findings/FindingsPanel';
import { useRouteDates } from '../time/useRouteDates';
import { ViewTools } from '../views/ViewTools';
import { DetailPanel } from './DetailPanel';
import { ExportMenu } from './ExportMenu';
import { datesCaption, MapDateBanner, MapDateMenu } from './MapDateControl';
import { MapSidebar } from './MapSidebar';
import { MapToolbar } from './MapToolbar';
import { PrintView } from './PrintView';
import { chooseRenderer, largeMap, recordFirstPaint } from './renderer';
import { SearchBox } from './SearchBox';
import { SidePanel, type SideTab } from './SidePanel';
import { StructureDetail, StructureLegendItems, StructureToggle, useStructureLayer } from './StructureLayer';
import { useMapData } from './useMapData';
import { useMapView } from './useMapView';
import './map.css';

interface Props {
  areaId: string;
  nodeId?: string;
  open?: readonly string[];
  /** A saved view (or a slide): the map as it was saved; the URL then stays the view's own. */
  initial?: MapSnapshot & { title?: string };
  /** A slide in a meeting: the map alone, without the side panels and the editing. */
  presentation?: boolean;
}

export function MapPage({ areaId, nodeId, open, initial, presentation = false }: Props) {
  const { t, lang, n } = useI18n();
  const rights = useRights();
  const { route, navigate } = useRouter();
  const [filters, setFilters] = useState<MapFilters>(initial?.filters ?? defaultFilters);
  const [painted, setPainted] = useState(false);
  const [neutral, setNeutral] = useState(initial?.neutralLabels ?? false);
  const dates = useRouteDates(initial ? { asOf: initial.asOf } : undefined);
  // a comparison needs the ties that ended in between
  const includeEnded = dates.offered && (filters.showEnded || Boolean(dates.period));
  const [detail, setDetail] = useState<MapDetail>(() =>
    initial
      ? { open: initial.open, show: initial.show, focus: initial.focus }
      : { open: open ?? [], show: nodeId ? [nodeId] : [] },
  );
  /** The box whose opening (or closing) is on its way. */
  const [busyId, setBusyId] = useState<string>();
  const data = useMapData(areaId, includeEnded, rights, painted, detail, dates.asOf);
  const view = useMapView(
    data.network,
    data.findings,
    !data.findingsLoading,
    filters,
    lang,
    detail.focus,
    data.networkLoading ? busyId : undefined,
    dates.period,
  );
  const { state, setState } = view;
  // neutral labels (名前を伏せる) for a screen in a meeting: people and households lose their names everywhere shown
  const neutralNames = useMemo(
    () => (neutral ? neutralLabels(view.base, lang) : undefined),
    [neutral, view.base, lang],
  );
  const nodeById = useMemo(() => relabelled(view.nodeById, neutralNames), [view.nodeById, neutralNames]);
  const canvas = useRef<CanvasHandle>(null);
  const [selectedId, setSelectedId] = useState<string | undefined>(nodeId);
  const [tab, setTab] = useState<SideTab>(nodeId ? 'detail' : 'findings');
  const [accepting, setAccepting] = useState<FindingItem>();
  const [notice, setNotice] = useState<string>();
  const [leftOpen, setLeftOpen] = useState(false);
  const [rightOpen, setRightOpen] = useState(false);
  const [webgl, setWebgl] = useState<boolean>();
  const pendingCamera = useRef<{ centre?: string; fit?: string[] }>(nodeId ? { centre: nodeId } : {});
  const [structureOn, setStructureOn] = useState(false);
  const structureLayer = useStructureLayer(areaId, structureOn);
  // the 構造 layer marks what the map draws, nothing more
  const drawn = useMemo(
    () => withStructure(neutral ? anonymized(view.elements, lang) : view.elements, structureLayer.structure),
    [view.elements, structureLayer.structure, neutral, lang],
  );
  // a box opened with thousands of people makes the map large: the canvas is made afresh for it before it is filled
  // (snapshot panning, edges hidden while moving), and small again when it closes
  const large = drawn.length > largeMap;
  /** The day the map shows, in words (exports and the print say it). */
  const dayLine = datesCaption(dates, t, lang) ?? t('time.bannerAsOf', { date: formatDay(localToday(), lang) });
  const area = nodeById.get(areaId);
  const areaName = area?.label ?? data.areas.find((a) => a.id === areaId)?.name ?? areaId;

  useEffect(
    function chooseRendererOnFirstElements() {
      if (webgl === undefined && view.elements.length > 0) {
        setWebgl(chooseRenderer(view.elements.length));
      }
    },
    [view.elements.length, webgl],
  );

  const onMap = useMemo(() => new Set(view.base.filter(isNode).map((node) => node.data.id)), [view.base]);
  /** Shows these ids wherever they are: the server draws those not on the map inside their closed boxes. */
  const reveal = useCallback(
    (ids: string[]) => {
      const missing = ids.filter((id) => !onMap.has(id));
      if (missing.length > 0) setDetail((previous) => showIds(previous, missing));
    },
    [onMap],
  );

  // the URL keeps the area, the selection and the open boxes, so a link reopens the same view
  useEffect(
    function keepTheViewInTheUrl() {
      // a saved view keeps its own address (its link); the map's address follows what it shows
      if (initial) return;
      // the days stay as the link gave them (a role that may not look back is told why they were not used)
      const days = route.name === 'map' ? { asOf: route.asOf, from: route.from } : {};
      navigate({ name: 'map', areaId, nodeId: selectedId, open: detail.open, ...days }, { replace: true });
    },
    [navigate, route, areaId, selectedId, detail.open, initial],
  );

  useEffect(
    function doneWhenTheAnswerCame() {
      if (!data.networkLoading) setBusyId(undefined);
    },
    [data.networkLoading],
  );

  const setFocus = useCallback((id: string | undefined) => setDetail((previous) => withFocus(previous, id)), []);

  const zoomOpener = useRef(new ZoomOpener());
  /** Zoomed into a closed box: it opens, as a double click would, unless the user closed it (models/zoomOpen). */
  const openZoomedInto = useCallback(
    (atRest: ViewAtRest) => {
      const id = zoomOpener.current.next(atRest);
      if (!id || busyId || nodeById.get(id)?.open) return;
      setBusyId(id);
      setDetail((previous) => openBox(previous, id));
    },
    [busyId, nodeById],
  );

  /** Opens a box (its contents come from the server) or closes it. */
  const toggleBox = useCallback(
    (id: string) => {
      const node = nodeById.get(id);
      if (node?.kind !== 'Area' || id === areaId) return;
      setBusyId(id);
      if (node.open) {
        zoomOpener.current.closed(id);
        setDetail((previous) => closeBox(previous, id, parentIndex(view.base)));
      } else {
        setDetail((previous) => openBox(previous, id));
        pendingCamera.current = { fit: [id] };
      }
    },
    [nodeById, areaId, view.base],
  );

  const select = useCallback(
    (id: string | undefined, options: { centre?: boolean } = {}) => {
      setSelectedId(id);
      if (id) {
        setTab('detail');
        setRightOpen(true);
        reveal([id]);
        if (options.centre) pendingCamera.current = { centre: id };
      }
      if (detail.focus && id) setFocus(id);
    },
    [reveal, detail.focus, setFocus],
  );

  const pickFinding = useCallback(
    (key: string | undefined) => {
      setState((previous) => ({ ...previous, selectedFindingKey: key }));
      const item = data.findings.find((f) => f.key === key);
      if (item) {
        const ids = findingIds(item);
        reveal(ids);
        pendingCamera.current = { fit: ids };
      }
      setTab('findings');
    },
    [data.findings, reveal, setState],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the drawing changes (renderer, selection), whose state Cytoscape holds
  useEffect(
    function applyPendingCamera() {
      const wanted = pendingCamera.current;
      const cy = canvas.current?.core();
      if (!cy || view.elements.length === 0) return;
      if (wanted.centre && cy.getElementById(wanted.centre).length > 0) {
        canvas.current?.centerOn(wanted.centre);
        pendingCamera.current = {};
      } else if (wanted.fit && !data.networkLoading && view.settled) {
        canvas.current?.fit(wanted.fit);
        pendingCamera.current = {};
      }
    },
    [view.elements, webgl, selectedId, state.selectedFindingKey, data.networkLoading, view.settled],
  );

  const onAccepted = useCallback(
    async (item: FindingItem) => {
      setAccepting(undefined);
      const startsMatch = item.kind === 'HUB_MATCH' || item.kind === 'HELPER_MATCH' || item.kind === 'FORMAL_ONLY';
      setNotice(t(startsMatch ? 'accept.hubMatchDone' : 'accept.done'));
      setState((previous) => ({ ...previous, selectedFindingKey: undefined }));
      pendingCamera.current = { fit: [...item.subjectIds, ...item.suggestedIds] };
      await Promise.all([data.refetchNetwork(), data.refetchFindings()]);
    },
    [data, setState, t],
  );

  const [relayouting, setRelayouting] = useState(false);
  /** Small maps are refined by fcose where they are; large ones get the nested layout afresh. */
  const relayout = useCallback(async () => {
    const cy = canvas.current?.core();
    if (!cy || cy.elements(':visible').length > fcoseLimit) return view.relayout();
    setRelayouting(true);
    try {
      view.adoptPositions(await refineWithFcose(cy));
    } finally {
      setRelayouting(false);
    }
  }, [view]);

  const shown = useMemo(() => {
    let nodes = 0;
    let edges = 0;
    for (const element of view.elements) {
      if (element.classes.includes('hidden')) continue;
      if (isNode(element)) nodes += 1;
      else if (isEdge(element)) edges += element.data.count ?? 1;
    }
    return { nodes, edges };
  }, [view.elements]);

  const selected = selectedId ? nodeById.get(selectedId) : undefined;
  const firstLoad = !data.network && data.networkLoading;

  return (
    <div
      className={`map-page${leftOpen ? ' map-page--left-open' : ''}${rightOpen ? ' map-page--right-open' : ''}${presentation ? ' map-page--presentation' : ''}`}
    >
      <MapToolbar
        title={initial?.title ?? t('map.title', { name: areaName })}
        areaId={areaId}
        canvas={canvas}
        search={
          <>
            <SearchBox areaId={areaId} areas={data.areas} onPick={(id) => select(id, { centre: true })} />
            {!presentation && (
              <NewEntityMenu
                areaId={areaId}
                rights={rights}
                onCreated={(id) => {
                  void Promise.all([data.refetchNetwork(), data.refetchFindings()]).then(() =>
                    select(id, { centre: true }),
                  );
                }}
              />
            )}
          </>
        }
        dates={!initial && <MapDateMenu dates={dates} />}
        views={
          <ViewTools
            neutral={neutral}
            onNeutral={setNeutral}
            offerSave={!presentation}
            snapshot={{ areaId, ...detail, filters, neutralLabels: neutral, asOf: dates.asOf }}
          />
        }
        exportMenu={
          <ExportMenu
            canvas={canvas}
            base={view.base}
            drawn={drawn}
            dayLine={dayLine}
            findings={data.findings}
            nodeById={nodeById}
            areaName={areaName}
            fileStem={`tsunagari-${areaId}`}
            areaId={areaId}
            asOf={dates.asOf}
            includeEnded={includeEnded}
          />
        }
        focusOn={Boolean(detail.focus)}
        canFocus={Boolean(selectedId) || Boolean(detail.focus)}
        onFocus={(on) => setFocus(on ? selectedId : undefined)}
        canCollapse={detail.open.length > 0}
        onCollapseAll={() => setDetail((previous) => ({ ...previous, open: [] }))}
        onRelayout={relayout}
        relayouting={relayouting}
        leftOpen={leftOpen}
        rightOpen={rightOpen}
        onToggleLeft={() => setLeftOpen((open) => !open)}
        onToggleRight={() => setRightOpen((open) => !open)}
      />
      <div className="map-body">
        <MapSidebar
          areaId={areaId}
          areas={data.areas}
          filters={filters}
          onFilters={setFilters}
          mayShowEnded={dates.offered}
          showSuggestions={state.showSuggestions}
          onShowSuggestions={(show) => setState((previous) => ({ ...previous, showSuggestions: show }))}
          elements={view.elements}
          layers={<StructureToggle on={structureOn} onChange={setStructureOn} layer={structureLayer} />}
          layersLegend={<StructureLegendItems elements={drawn} structure={structureLayer.structure} />}
        />
        <div className="map-stage">
          <MapDateBanner dates={dates} base={view.base} />
          {firstLoad && (
            <div className="map-stage__overlay">
              <Progress label={t('map.loading')} />
            </div>
          )}
          {data.networkError && !data.network && (
            <div className="map-stage__overlay">
              <ErrorNotice error={data.networkError} onRetry={() => void data.refetchNetwork()} />
            </div>
          )}
          {data.network && view.elements.length === 0 && view.base.length > 0 && (
            <div className="map-stage__overlay">
              <Progress label={t('map.layingOut')} />
            </div>
          )}
          {data.network && view.base.length > 0 && !view.base.some((e) => isNode(e) && e.data.kind !== 'Area') && (
            <p className="notice notice--info map-stage__note">{t('map.empty')}</p>
          )}
          {webgl !== undefined && (
            <CytoscapeCanvas
              ref={canvas}
              elements={drawn}
              positions={view.positions}
              layoutKey={view.layoutKey}
              selectedId={selectedId}
              onSelect={(id) => select(id)}
              onOpen={toggleBox}
              onViewRest={openZoomedInto}
              onFirstPaint={() => {
                // the map's first frame, not that of a canvas made afresh for a large box
                if (!painted) recordFirstPaint(view.elements.length, webgl);
                setPainted(true);
              }}
              webgl={webgl}
              large={large}
              label={t('map.canvasLabel', { name: areaName })}
              description={t('map.canvasHelp')}
            />
          )}
          <div className="map-stage__status" aria-live="polite">
            {t('map.counts', { nodes: n(shown.nodes), edges: n(shown.edges) })}
            {(data.networkLoading || data.findingsLoading) && data.network && (
              <Progress
                inline
                label={
                  busyId && data.networkLoading
                    ? t('map.opening', { name: nodeById.get(busyId)?.label ?? busyId })
                    : t('common.loading')
                }
              />
            )}
          </div>
        </div>
        <aside className="map-side map-side--right">
          <SidePanel
            tab={tab}
            onTab={setTab}
            findingsCount={data.findings.length}
            detail={
              <DetailPanel
                node={selected}
                nodeById={nodeById}
                elements={view.base}
                findings={data.findings}
                rights={rights}
                focused={Boolean(detail.focus) && detail.focus === selectedId}
                closed={selected?.kind === 'Area' && selected.id !== areaId ? !selected.open : undefined}
                busy={Boolean(busyId) && busyId === selectedId && data.networkLoading}
                onFocus={(on) => setFocus(on ? selectedId : undefined)}
                onToggleOpen={() => selectedId && toggleBox(selectedId)}
                onPickFinding={pickFinding}
                onPickNode={(id) => select(id, { centre: true })}
                onChanged={() => void Promise.all([data.refetchNetwork(), data.refetchFindings()])}
                layerNote={selectedId && <StructureDetail structure={structureLayer.structure} nodeId={selectedId} />}
              />
            }
            findings={
              <FindingsPanel
                items={data.findings}
                loading={data.findingsLoading}
                error={data.findingsError}
                onRetry={() => void data.refetchFindings()}
                selectedKey={state.selectedFindingKey}
                onPick={pickFinding}
                onAccept={setAccepting}
                onDismissed={() => void data.refetchFindings()}
                areaId={areaId}
                onOpenNode={(id) => select(id, { centre: true })}
                nodeById={nodeById}
                rights={rights}
                peopleHidden={!seesPeople(rights)}
                notice={notice}
              />
            }
          />
        </aside>
      </div>
      <PrintView
        canvas={canvas}
        title={t('map.title', { name: areaName })}
        dayLine={dayLine}
        elements={view.elements}
      />
      <AcceptDialog
        item={accepting}
        nodeById={nodeById}
        rights={rights}
        onClose={() => setAccepting(undefined)}
        onAccepted={onAccepted}
      />
    </div>
  );
}
