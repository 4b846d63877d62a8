/**
 * The ecomap (エコマップ) of a person or household: the drawing, its legend, and the ties as a table (which also
 * serves keyboard and screen-reader users). As of a day (`?asOf=` in the URL), or two days side by side
 * (`?from=…&asOf=…`: 「元気だった頃と、今」) at the same positions, with what appeared and disappeared marked and
 * listed. Prints on one A4 page.
 */
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { useRights } from '../../app/session';
import { CategorySwatch, ChangeSwatch, KindSwatch, StrengthSwatch } from '../../graph/Swatch';
import { neutralLabels } from '../../models/anonymize';
import { type EcomapChange, type EcomapDrawing, ecomapDrawing } from '../../models/ecomap';
import { compareEcomaps } from '../../models/ecomapComparison';
import { type Network, toElements } from '../../models/network';
import { seesPeople } from '../../models/permissions';
import { formatDay } from '../../models/timeline';
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
import { DatePicker } from '../time/DatePicker';
import { useRouteDates } from '../time/useRouteDates';
import { EcomapSvg } from './EcomapSvg';
import { ecomapQuery } from './ecomap.graphql';
import './ecomap.css';

export function EcomapPage({ subject, id }: { subject: 'person' | 'household'; id: string }) {
  const { t, l, lang, n } = useI18n();
  const dates = useRouteDates();
  const comparing = dates.period !== undefined;
  const [includeEnded, setIncludeEnded] = useState(false);
  const [neutral, setNeutral] = useState(false);
  const centre = subject === 'person' ? { personId: id } : { householdId: id };
  // the ecomap is a person's details: a role that never sees them is told so, not sent to an error
  const allowed = seesPeople(useRights());
  // each day's ecomap is the network as of that day: ended ties only on request, and never in a comparison
  const later = useQuery(ecomapQuery, {
    variables: { ...centre, includeEnded: includeEnded && !comparing, asOf: dates.asOf },
    skip: !allowed,
  });
  const earlier = useQuery(ecomapQuery, {
    variables: { ...centre, includeEnded: false, asOf: dates.period?.from },
    skip: !allowed || !comparing,
  });
  const network = later.data?.ecomap ?? later.previousData?.ecomap;
  const earlierNetwork = comparing ? earlier.data?.ecomap : undefined;
  const compared = useMemo(
    () => (network && earlierNetwork ? compareEcomaps(earlierNetwork, network, id) : undefined),
    [network, earlierNetwork, id],
  );
  const drawing = useMemo(
    () => (comparing ? compared?.later : network ? ecomapDrawing(network, id) : undefined),
    [comparing, compared, network, id],
  );
  const every = useMemo(() => mergeNodes(network, earlierNetwork), [network, earlierNetwork]);
  const labels = useMemo(
    () => (neutral ? neutralLabels(toElements({ nodes: every, edges: [] }), lang) : new Map<string, string>()),
    [every, neutral, lang],
  );
  const nameOf = (nodeId: string) => labels.get(nodeId) ?? every.find((node) => node.id === nodeId)?.label ?? nodeId;
  const centreName = nameOf(id);
  const household = drawing?.household;
  const shownEdges = drawing?.edges.filter((edge) => edge.change !== 'disappeared') ?? [];
  const alone = drawing && !drawing.nodes.some((node) => node.ring === 'outer' && node.change !== 'disappeared');
  const kindsShown = [...new Set(drawing?.nodes.map((node) => node.kind) ?? [])] as NodeKind[];
  const shownDay = formatDay(dates.asOf ?? dates.today, lang);
  const error = later.error ?? earlier.error;
  const loading = (later.loading && !network) || (comparing && earlier.loading && !earlierNetwork);
  const rawEdge = (edgeId: string) =>
    network?.edges.find((e) => e.id === edgeId) ?? earlierNetwork?.edges.find((e) => e.id === edgeId);
  const period = (edgeId: string) => {
    const raw = rawEdge(edgeId);
    return `${raw?.since ?? ''}${raw?.since || raw?.until ? ' 〜 ' : ''}${raw?.until ?? ''}`;
  };

  const figure = (shown: EcomapDrawing, title: string, heading?: string) => (
    <figure className="ecomap-figure">
      {heading && <figcaption className="ecomap-figure__caption">{heading}</figcaption>}
      <EcomapSvg drawing={shown} labels={labels} title={title} />
    </figure>
  );

  return (
    <div className={`page ecomap-page${comparing ? ' ecomap-page--compare' : ''}`}>
      <div className="ecomap-page__tools no-print">
        <button type="button" className="button button--small" onClick={() => window.history.back()}>
          ← {t('ecomap.back')}
        </button>
        {!comparing && (
          <label className="check">
            <input type="checkbox" checked={includeEnded} onChange={(event) => setIncludeEnded(event.target.checked)} />
            {t('ecomap.ended')}
          </label>
        )}
        <label className="check">
          <input type="checkbox" checked={neutral} onChange={(event) => setNeutral(event.target.checked)} />
          {t('ecomap.neutral')}
        </label>
        <button type="button" className="button button--small button--primary" onClick={() => window.print()}>
          {t('ecomap.print')}
        </button>
      </div>
      {allowed && dates.offered && (
        <div className="ecomap-page__dates no-print" data-testid="ecomap-dates">
          <DatePicker dates={dates} compareLabel={t('time.ecomapCompare')} inline />
        </div>
      )}
      {dates.problem && (
        <p className="notice notice--warn" role="status">
          {t('time.problemInLink', { problem: t(`time.problem.${dates.problem}` as 'time.problem.format') })}
        </p>
      )}
      <header className="ecomap-page__head">
        <h1>{t('ecomap.title', { name: network ? centreName : '…' })}</h1>
        <p className="lead">
          {household && subject === 'person' && `${t('ecomap.household', { name: nameOf(household.id) })} ・ `}
          {dates.period
            ? t('ecomap.compared', { from: formatDay(dates.period.from, lang), to: shownDay })
            : t('ecomap.asOf', { date: shownDay })}
        </p>
      </header>
      {!allowed && (
        <p className="notice notice--info" data-testid="ecomap-not-for-role">
          {t('ecomap.notForRole')}
        </p>
      )}
      {loading && <Progress label={t('ecomap.loading')} />}
      {error && <ErrorNotice error={error} onRetry={() => void Promise.all([later.refetch(), earlier.refetch()])} />}
      {alone && <p className="notice notice--warn">{t('ecomap.alone')}</p>}
      {drawing && (!comparing || compared) && (
        <div className="ecomap-page__body">
          {compared && dates.period ? (
            <div className="ecomap-compare" data-testid="ecomap-compare">
              {figure(
                compared.earlier,
                t('ecomap.figureLabelAsOf', { name: centreName, date: formatDay(dates.period.from, lang) }),
                t('ecomap.day', { date: formatDay(dates.period.from, lang) }),
              )}
              {figure(
                compared.later,
                t('ecomap.figureLabelAsOf', { name: centreName, date: shownDay }),
                t('ecomap.day', { date: shownDay }),
              )}
            </div>
          ) : (
            figure(drawing, t('ecomap.figureLabelAsOf', { name: centreName, date: shownDay }))
          )}
          <aside className="ecomap-legend" aria-labelledby="ecomap-legend-title">
            <h2 id="ecomap-legend-title">{t('ecomap.legend')}</h2>
            <ul>
              {compared &&
                (['appeared', 'disappeared'] as const).map((change) => (
                  <li key={change} data-testid={`ecomap-legend-${change}`}>
                    <ChangeSwatch change={change === 'appeared' ? 'began' : 'ended'} />
                    {t(`ecomap.${change}`)} {n(compared.counts[change])}
                  </li>
                ))}
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
      {compared && (
        <section className="ecomap-ties" data-testid="ecomap-changes">
          <h2>{t('ecomap.changes')}</h2>
          {compared.later.edges.some((edge) => edge.change) ? (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('ecomap.change')}</th>
                  <th scope="col">{t('ecomap.with')}</th>
                  <th scope="col">{t('ecomap.type')}</th>
                  <th scope="col">{t('ecomap.period')}</th>
                </tr>
              </thead>
              <tbody>
                {compared.later.edges
                  .filter((edge): edge is typeof edge & { change: EcomapChange } => edge.change !== undefined)
                  .map((edge) => (
                    <tr key={edge.id} className={edge.change === 'disappeared' ? 'is-ended' : undefined}>
                      <td>{t(`ecomap.change.${edge.change}`)}</td>
                      <td>
                        {nameOf(edge.source)} → {nameOf(edge.target)}
                      </td>
                      <td>{labelOf(shownTieTypeLabels, edge.type, lang)}</td>
                      <td>{period(edge.id)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ) : (
            <p>{t('ecomap.noChange')}</p>
          )}
        </section>
      )}
      {drawing && shownEdges.length > 0 && (
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
              {shownEdges.map((edge) => (
                <tr key={edge.id} className={edge.active ? undefined : 'is-ended'}>
                  <td>
                    {nameOf(edge.source)} → {nameOf(edge.target)}
                  </td>
                  <td>{labelOf(shownTieTypeLabels, edge.type, lang)}</td>
                  <td>{l(categoryLabels[edge.category])}</td>
                  <td>{l(strengthLabels[edge.strength])}</td>
                  <td>{period(edge.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

/** Every node of either day's answer, the later day's first (a name may differ between them: the later wins). */
function mergeNodes(later: Network | undefined, earlier: Network | undefined): Network['nodes'][number][] {
  const byId = new Map([...(earlier?.nodes ?? []), ...(later?.nodes ?? [])].map((node) => [node.id, node]));
  return [...byId.values()];
}
