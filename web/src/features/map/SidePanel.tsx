/** The right-hand panel of the map: the selected node's details, or the findings, as two tabs. */
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { useI18n } from '../../app/i18n';

export type SideTab = 'detail' | 'findings';

interface Props {
  tab: SideTab;
  onTab(tab: SideTab): void;
  detail: ReactNode;
  findings: ReactNode;
  findingsCount: number;
}

export function SidePanel({ tab, onTab, detail, findings, findingsCount }: Props) {
  const { t, n } = useI18n();
  const tabs = useRef<Record<SideTab, HTMLButtonElement | null>>({ detail: null, findings: null });

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tab === 'detail' ? 'findings' : 'detail';
    onTab(next);
    tabs.current[next]?.focus();
  }

  return (
    <div className="side-panel">
      <div className="tabs" role="tablist" aria-label={t('map.showSide')} onKeyDown={onKeyDown}>
        <button
          ref={(el) => {
            tabs.current.detail = el;
          }}
          type="button"
          role="tab"
          id="tab-detail"
          aria-selected={tab === 'detail'}
          aria-controls="panel-detail"
          tabIndex={tab === 'detail' ? 0 : -1}
          onClick={() => onTab('detail')}
        >
          {t('detail.title')}
        </button>
        <button
          ref={(el) => {
            tabs.current.findings = el;
          }}
          type="button"
          role="tab"
          id="tab-findings"
          aria-selected={tab === 'findings'}
          aria-controls="panel-findings"
          tabIndex={tab === 'findings' ? 0 : -1}
          onClick={() => onTab('findings')}
          data-testid="tab-findings"
        >
          {t('findings.title')} <span className="pill">{n(findingsCount)}</span>
        </button>
      </div>
      <div
        role="tabpanel"
        id="panel-detail"
        aria-labelledby="tab-detail"
        hidden={tab !== 'detail'}
        className="side-panel__body"
      >
        {detail}
      </div>
      <div
        role="tabpanel"
        id="panel-findings"
        aria-labelledby="tab-findings"
        hidden={tab !== 'findings'}
        className="side-panel__body"
      >
        {findings}
      </div>
    </div>
  );
}
