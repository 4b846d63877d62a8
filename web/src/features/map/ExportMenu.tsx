/** Exports of the map (PNG, SVG) and of the findings (CSV), with names replaced on request before sharing. */
import { type RefObject, useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { CanvasHandle } from '../../graph/CytoscapeCanvas';
import { exportPng, exportSvg } from '../../graph/export';
import { neutralLabels } from '../../models/anonymize';
import { toCsv } from '../../models/csv';
import { type FindingItem, findingsCsvRows } from '../../models/findings';
import type { MapElement, NodeData } from '../../models/network';
import { downloadBlob, today } from '../../ui/download';

interface Props {
  canvas: RefObject<CanvasHandle | null>;
  base: readonly MapElement[];
  findings: readonly FindingItem[];
  nodeById: ReadonlyMap<string, NodeData>;
  areaName: string;
  fileStem: string;
}

export function ExportMenu({ canvas, base, findings, nodeById, areaName, fileStem }: Props) {
  const { t, lang } = useI18n();
  const [neutral, setNeutral] = useState(false);
  const [working, setWorking] = useState(false);
  const core = () => {
    const cy = canvas.current?.core();
    if (!cy) throw new Error('the map is not drawn yet');
    return cy;
  };
  const labels = () => (neutral ? neutralLabels(base, lang) : undefined);
  const name = `${fileStem}-${today()}${neutral ? '-neutral' : ''}`;

  async function run(action: () => Promise<void>) {
    setWorking(true);
    try {
      await action();
    } finally {
      setWorking(false);
    }
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
            onClick={() => run(async () => downloadBlob(await exportPng(core(), labels()), `${name}.png`))}
          >
            {t('export.png')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={working}
            onClick={() =>
              run(async () =>
                downloadBlob(exportSvg(core(), t('map.title', { name: areaName }), labels()), `${name}.svg`),
              )
            }
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
        {working && <p role="status">{t('export.working')}</p>}
      </div>
    </details>
  );
}
