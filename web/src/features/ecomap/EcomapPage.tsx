/**
 * The ecomap (エコマップ) of a person or household: the drawing, its legend, and the ties as a table (which also
 * serves keyboard and screen-reader users). Prints on one A4 page.
 */
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { useRights } from '../../app/session';
import { CategorySwatch, KindSwatch, StrengthSwatch } from '../../graph/Swatch';
import { neutralLabels } from '../../models/anonymize';
import { ecomapDrawing } from '../../models/ecomap';
import { toElements } from '../../models/network';
import { seesPeople } from '../../models/permissions';
import {
  categoryLabels,
  kindLabels,
  labelOf,
  type NodeKind,
  shownTieTypeLabels,
  strengthLabels,
  strengths,
} from '../../models/vocabulary';
import { Progress } from '../../ui/Progress';
import { EcomapSvg } from './EcomapSvg';
import { ecomapQuery } from './ecomap.graphql';
import './ecomap.css';

export function EcomapPage({ subject, id }: { subject: 'person' | 'household'; id: string }) {
  const { t, l, lang } = useI18n();
  const [includeEnded, setIncludeEnded] = useState(false);
  const [neutral, setNeutral] = useState(false);
  const variables = subject === 'person' ? { personId: id, includeEnded } : { householdId: id, includeEnded };
  // the ecomap is a person's details: a role that never sees them is told so, not sent to an error
  const allowed = seesPeople(useRights());
  const { data, previousData, loading, error, refetch } = useQuery(ecomapQuery, { variables, skip: !allowed });
  const network = data?.ecomap ?? previousData?.ecomap;
  const drawing = useMemo(() => (network ? ecomapDrawing(network, id) : undefined), [network, id]);
  const labels = useMemo(
    () => (network && neutral ? neutralLabels(toElements(network), lang) : new Map<string, string>()),
    [network, neutral, lang],
  );
  const nameOf = (nodeId: string) => labels.get(nodeId) ?? network?.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
  const centreName = nameOf(id);
  const household = drawing?.household;
  const outsideTies =
    drawing?.edges
      .filter((e) => e.source !== id || e.target !== household?.id)
      .filter((e) => e.category !== 'household') ?? [];
  const alone = drawing && !drawing.nodes.some((n) => n.ring === 'outer');
  const kindsShown = [...new Set(drawing?.nodes.map((n) => n.kind) ?? [])] as NodeKind[];

  return (
    <div className="page ecomap-page">
      <div className="ecomap-page__tools no-print">
        <button type="button" className="button button--small" onClick={() => window.history.back()}>
          ← {t('ecomap.back')}
        </button>
        <label className="check">
          <input type="checkbox" checked={includeEnded} onChange={(event) => setIncludeEnded(event.target.checked)} />
          {t('ecomap.ended')}
        </label>
        <label className="check">
          <input type="checkbox" checked={neutral} onChange={(event) => setNeutral(event.target.checked)} />
          {t('ecomap.neutral')}
        </label>
        <button type="button" className="button button--small button--primary" onClick={() => window.print()}>
          {t('ecomap.print')}
        </button>
      </div>
      <header className="ecomap-page__head">
        <h1>{t('ecomap.title', { name: network ? centreName : '…' })}</h1>
        <p className="lead">
          {household && subject === 'person' && `${t('ecomap.household', { name: nameOf(household.id) })} ・ `}
          {t('ecomap.asOf', { date: new Date().toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB') })}
        </p>
      </header>
      {!allowed && (
        <p className="notice notice--info" data-testid="ecomap-not-for-role">
          {t('ecomap.notForRole')}
        </p>
      )}
      {loading && !network && <Progress label={t('ecomap.loading')} />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {alone && <p className="notice notice--warn">{t('ecomap.alone')}</p>}
      {drawing && (
        <div className="ecomap-page__body">
          <figure className="ecomap-figure">
            <EcomapSvg drawing={drawing} labels={labels} title={t('ecomap.figureLabel', { name: centreName })} />
          </figure>
          <aside className="ecomap-legend" aria-labelledby="ecomap-legend-title">
            <h2 id="ecomap-legend-title">{t('ecomap.legend')}</h2>
            <ul>
              {strengths.map((strength) => (
                <li key={strength}>
                  <StrengthSwatch strength={strength} />
                  {l(strengthLabels[strength])}
                </li>
              ))}
              {(['family', 'informal', 'formal'] as const).map((category) => (
                <li key={category}>
                  <CategorySwatch category={category} />
                  {l(categoryLabels[category])}
                </li>
              ))}
            </ul>
            <h2>{t('ecomap.legendKinds')}</h2>
            <ul>
              {kindsShown.map((kind) => (
                <li key={kind}>
                  <KindSwatch kind={kind} />
                  {l(kindLabels[kind])}
                </li>
              ))}
              {household && <li className="hint">{t('ecomap.householdCircle')}</li>}
            </ul>
          </aside>
        </div>
      )}
      {drawing && outsideTies.length > 0 && (
        <section className="ecomap-ties">
          <h2>{t('ecomap.ties')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('ecomap.with')}</th>
                <th scope="col">{t('ecomap.type')}</th>
                <th scope="col">{t('ecomap.category')}</th>
                <th scope="col">{t('ecomap.strength')}</th>
                <th scope="col">{t('ecomap.period')}</th>
              </tr>
            </thead>
            <tbody>
              {drawing.edges.map((edge) => {
                const raw = network?.edges.find((e) => e.id === edge.id);
                return (
                  <tr key={edge.id} className={edge.active ? undefined : 'is-ended'}>
                    <td>
                      {nameOf(edge.source)} → {nameOf(edge.target)}
                    </td>
                    <td>{labelOf(shownTieTypeLabels, edge.type, lang)}</td>
                    <td>{l(categoryLabels[edge.category])}</td>
                    <td>{l(strengthLabels[edge.strength])}</td>
                    <td>
                      {raw?.since ?? ''}
                      {raw?.since || raw?.until ? ' 〜 ' : ''}
                      {raw?.until ?? ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
