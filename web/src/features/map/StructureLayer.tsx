/**
 * The 構造 layer's pieces on the map: its switch (the answer is asked for only once it is on — Graph Data Science
 * runs for it), its legend entries, and what the detail panel says of the selected node. The logic is in
 * models/structureLayer.ts.
 */
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MapElement } from '../../models/network';
import { fragileColour, type Structure, structureLegend, structureOf } from '../../models/structureLayer';
import { Progress } from '../../ui/Progress';
import { structureQuery } from './structure.graphql';

export function useStructureLayer(areaId: string, on: boolean) {
  const answer = useQuery(structureQuery, { variables: { areaId }, skip: !on, fetchPolicy: 'cache-first' });
  const structure: Structure | undefined = on ? answer.data?.structure : undefined;
  return { structure, loading: on && answer.loading, error: on ? answer.error : undefined, refetch: answer.refetch };
}

interface ToggleProps {
  on: boolean;
  onChange(on: boolean): void;
  layer: ReturnType<typeof useStructureLayer>;
}

export function StructureToggle({ on, onChange, layer }: ToggleProps) {
  const { t } = useI18n();
  return (
    <fieldset className="structure-toggle">
      <legend>{t('structure.layers')}</legend>
      <label className="check">
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} />
        {t('structure.toggle')}
      </label>
      <p className="hint">{t('structure.hint')}</p>
      {layer.loading && <Progress inline label={t('structure.loading')} />}
      {layer.error && <ErrorNotice error={layer.error} onRetry={() => void layer.refetch()} />}
    </fieldset>
  );
}

export function StructureLegendItems({
  elements,
  structure,
}: {
  elements: readonly MapElement[];
  structure: Structure | undefined;
}) {
  const { t, n } = useI18n();
  if (!structure) return null;
  const legend = structureLegend(elements, structure);
  return (
    <>
      <li>
        <svg className="swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
          <circle cx="11" cy="11" r="7" fill="#ffffff" stroke={fragileColour} strokeWidth="4" />
        </svg>
        <span>{t('structure.legendCut')}</span>
        <span className="legend__count">{n(legend.cutPoints)}</span>
      </li>
      <li>
        <svg className="swatch swatch--line" width="34" height="22" viewBox="0 0 34 22" aria-hidden="true">
          <line x1="2" y1="11" x2="32" y2="11" stroke={fragileColour} strokeWidth="4.5" />
        </svg>
        <span>{t('structure.legendBridge')}</span>
        <span className="legend__count">{n(legend.bridges)}</span>
      </li>
      <li>
        <svg className="swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
          <circle cx="6" cy="14" r="3.5" fill="#BBBBBB" />
          <circle cx="15" cy="11" r="6.5" fill="#BBBBBB" />
        </svg>
        <span>{t('structure.legendBroker')}</span>
        <span className="legend__count">{n(legend.brokers)}</span>
      </li>
      {legend.communities.map((community) => (
        <li key={community.id}>
          <svg className="swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
            <circle cx="11" cy="11" r="7" fill={community.tint} stroke="#555555" strokeWidth="1" />
          </svg>
          <span>{t('structure.legendCommunity', { number: n(community.id + 1) })}</span>
          <span className="legend__count">{n(community.shown)}</span>
        </li>
      ))}
    </>
  );
}

export function StructureDetail({ structure, nodeId }: { structure: Structure | undefined; nodeId: string }) {
  const { t, lang, n } = useI18n();
  const about = structureOf(structure, nodeId);
  if (!about) return null;
  const { cutPoint } = about;
  return (
    <section className="detail__structure" aria-label={t('structure.detailTitle')}>
      <h3>{t('structure.detailTitle')}</h3>
      {cutPoint && (
        <p className="notice notice--warn" data-testid="structure-sentence">
          {lang === 'ja'
            ? cutPoint.sentence
            : t('structure.sentenceEn', {
                stranded: cutPoint.stranded.masked ? t('structure.under5') : n(cutPoint.stranded.value ?? 0),
                cutOff: cutPoint.cutOff.masked ? t('structure.under5') : n(cutPoint.cutOff.value ?? 0),
              })}
        </p>
      )}
      <ul>
        {about.brokerRank !== undefined && <li>{t('structure.brokerRank', { rank: n(about.brokerRank) })}</li>}
        {about.community !== undefined && <li>{t('structure.community', { number: n(about.community + 1) })}</li>}
      </ul>
    </section>
  );
}
