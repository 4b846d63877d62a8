/**
 * Exports of the map (PNG, SVG), of its network as graph files from the server (GraphML, GEXF) and of the findings
 * (CSV), with names replaced on request before sharing.
 */
import { type RefObject, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useRights, useSession } from '../../app/session';
import type { CanvasHandle } from '../../graph/CytoscapeCanvas';
import { exportPng, exportSvg, frameLegend, type LegendWords } from '../../graph/export';
import { neutralLabels } from '../../models/anonymize';
import { toCsv } from '../../models/csv';
import type { ExportFrame } from '../../models/exportFrame';
import { type FindingItem, findingsCsvRows } from '../../models/findings';
import { legendOf } from '../../models/legend';
import type { MapElement, NodeData } from '../../models/network';
import { type NetworkFileFormat, networkFileUrl } from '../../models/networkFile';
import { mayLookBack } from '../../models/permissions';
import { categoryLabels, kindLabels } from '../../models/vocabulary';
import { downloadBlob, today } from '../../ui/download';

interface Props {
  canvas: RefObject<CanvasHandle | null>;
  base: readonly MapElement[];
  /** What the map draws (its legend goes into the frame of a PNG or SVG). */
  drawn: readonly MapElement[];
  /** The day the map shows, in words, for the frame. */
  dayLine: string;
  findings: readonly FindingItem[];
  nodeById: ReadonlyMap<string, NodeData>;
  areaName: string;
  fileStem: string;
  /** The map's area, day (when not today) and whether it draws ended ties: the graph files are of the same. */
  areaId: string;
  asOf?: string;
  includeEnded: boolean;
}

export function ExportMenu(props: Props) {
  const { canvas, base, drawn, dayLine, findings, nodeById, areaName, fileStem } = props;
  const { t, l, n, lang } = useI18n();
  const { token } = useSession();
  const rights = useRights();
  const [neutral, setNeutral] = useState(false);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState<string>();
  const core = () => {
    const cy = canvas.current?.core();
    if (!cy) throw new Error('the map is not drawn yet');
    return cy;
  };
  const labels = () => (neutral ? neutralLabels(base, lang) : undefined);
  const name = `${fileStem}-${today()}${neutral ? '-neutral' : ''}`;
  const words: LegendWords = {
    kind: (kind, count) => `${l(kindLabels[kind])} ${n(count)}`,
    category: (category, count) =>
      `${category === 'suggested' ? t('legend.suggested') : l(categoryLabels[category])} ${n(count)}`,
    mark: (mark) => t(`legend.${mark}`),
    change: (change, count) => `${t(change === 'began' ? 'time.began' : 'time.ended')} ${n(count)}`,
  };
  /** The exported map's frame: its title, day and how names are shown, and the legend of what it draws. */
  const frame = (): ExportFrame => ({
    title: t('map.title', { name: areaName }),
    lines: [dayLine, ...(neutral ? [t('export.neutralLine')] : []), t('export.source')],
    legend: frameLegend(legendOf(drawn), words),
  });

  async function run(action: () => Promise<void>) {
    setWorking(true);
    setFailed(undefined);
    try {
      await action();
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  }

  /** The whole network of the area as the server lets this viewer see it, whatever boxes are open on the map. */
  async function downloadNetworkFile(format: NetworkFileFormat) {
    const url = networkFileUrl({
      areaId: props.areaId,
      format,
      asOf: props.asOf,
      includeEnded: props.includeEnded,
      mayLookBack: mayLookBack(rights),
      neutral: neutral ? lang : undefined,
    });
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) {
      const body = await response.json().catch(() => undefined);
      throw new Error(body?.errors?.[0]?.message ?? t('export.networkFailed'));
    }
    const fallback = `${fileStem}-${today()}${neutral ? '-neutral' : ''}.${format}`;
    const given = response.headers.get('content-disposition')?.match(/filename="([^"]+)"/)?.[1];
    const named = given && neutral ? given.replace(`.${format}`, `-neutral.${format}`) : given;
    downloadBlob(await response.blob(), named ?? fallback);
  }

  return (
    <details className="menu">
      <summary className="button button--small">{t('export.title')}</summary>
      <div className="menu__body" role="group" aria-label={t('export.title')}>
        <label className="check">
          <input
            type="checkbox"
            checked={neutral}
            onChange={(event) => setNeutral(event.target.checked)}
            data-testid="export-neutral"
          />
          {t('export.neutral')}
        </label>
        <p className="hint">{t('export.neutralHint')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            disabled={working}
            onClick={() => run(async () => downloadBlob(await exportPng(core(), frame(), labels()), `${name}.png`))}
          >
            {t('export.png')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={working}
            onClick={() => run(async () => downloadBlob(exportSvg(core(), frame(), labels()), `${name}.svg`))}
          >
            {t('export.svg')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={working || findings.length === 0}
            onClick={() =>
              run(async () => {
                const rows = findingsCsvRows(findings, (id) => nodeById.get(id)?.label, lang, labels());
                downloadBlob(
                  new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
                  `${fileStem}-findings-${today()}${neutral ? '-neutral' : ''}.csv`,
                );
              })
            }
          >
            {t('export.csv')}
          </button>
        </div>
        <p className="hint">{t(mayLookBack(rights) ? 'export.networkHint' : 'export.networkHintToday')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            disabled={working}
            onClick={() => run(() => downloadNetworkFile('graphml'))}
          >
            {t('export.graphml')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={working}
            onClick={() => run(() => downloadNetworkFile('gexf'))}
          >
            {t('export.gexf')}
          </button>
        </div>
        {working && <p role="status">{t('export.working')}</p>}
        {failed && <p role="alert">{failed}</p>}
      </div>
    </details>
  );
}
