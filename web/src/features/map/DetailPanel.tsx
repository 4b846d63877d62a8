/** The selected node: what it is, where, its ties (editable where the viewer may edit) and the findings naming it. */
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { today } from '../../../../server/shared/dates';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { KindSwatch } from '../../graph/Swatch';
import { summaryLines } from '../../models/detail';
import { type FindingItem, findingsAbout } from '../../models/findings';
import type { MapElement, NodeData } from '../../models/network';
import {
  mayEdit,
  mayEditTie,
  mayListTies,
  mayOpenEcomap,
  mayWriteMatch,
  type Rights,
  seesMatches,
} from '../../models/permissions';
import { isSymmetric } from '../../models/tieForm';
import {
  categoryLabels,
  fieldLabels,
  findingKindLabels,
  kindLabels,
  labelOf,
  listSeparator,
  roleLabels,
  shownTieTypeLabels,
  standInLabel,
  strengthLabels,
  tierLabels,
} from '../../models/vocabulary';
import { Progress } from '../../ui/Progress';
import { AuditTrail } from '../audit/AuditTrail';
import { CaseOpener } from '../cases/CaseOpener';
import { EntityActions } from '../editing/EntityActions';
import { MatchesSection } from '../matches/MatchesSection';
import { type Tie, tiesQuery } from './map.graphql';
import { AddTieForm, EditTieForm, EndTieButton } from './TieEditor';

interface Props {
  node: NodeData | undefined;
  nodeById: ReadonlyMap<string, NodeData>;
  elements: readonly MapElement[];
  findings: readonly FindingItem[];
  /** What the viewer may do here: only what the server would allow is offered. */
  rights: Rights;
  focused: boolean;
  /** An area drawn as a closed (or partly shown) box; undefined for the map's own area (always open). */
  closed: boolean | undefined;
  /** Its answer is on its way (the box is opening or closing). */
  busy: boolean;
  onFocus(on: boolean): void;
  onToggleOpen(): void;
  onPickFinding(key: string): void;
  onPickNode(id: string): void;
  onChanged(): void;
  /** What a layer over the map says of the node (the 構造 layer's sentence). */
  layerNote?: ReactNode;
}

export function DetailPanel(props: Props) {
  const { t, l, lang, list } = useI18n();
  const { node, nodeById, findings, rights } = props;
  const [editing, setEditing] = useState<string>();
  const [adding, setAdding] = useState(false);
  const withTies = mayListTies(rights, node);
  const ties = useQuery(tiesQuery, {
    variables: { nodeId: node?.id ?? '' },
    skip: !withTies,
    fetchPolicy: 'cache-and-network',
  });

  if (!node) {
    return (
      <section className="detail" aria-labelledby="detail-title">
        <h2 id="detail-title" className="panel-title">
          {t('detail.title')}
        </h2>
        <p className="hint">{t('detail.empty')}</p>
      </section>
    );
  }

  const about = findingsAbout(findings, node.id);
  const path: NodeData[] = [];
  for (
    let up = node.parent ? nodeById.get(node.parent) : undefined;
    up;
    up = up.parent ? nodeById.get(up.parent) : undefined
  )
    path.unshift(up);
  const facts: [string, string][] = [];
  if (node.subKind) facts.push([t('detail.subKind'), node.subKind]);
  if (node.ageBand) facts.push([t('detail.ageBand'), node.ageBand]);
  if (node.roles.length > 0) facts.push([t('detail.roles'), list(node.roles.map((r) => labelOf(roleLabels, r, lang)))]);
  if (node.fields.length > 0) {
    facts.push([
      node.kind === 'Person' ? t('detail.needs') : t('detail.fields'),
      list(node.fields.map((f) => labelOf(fieldLabels, f, lang))),
    ]);
  }
  if (node.tags.length > 0) facts.push([t('detail.tags'), list(node.tags)]);
  if (node.summary) facts.push([t('detail.inside'), summaryLines(node.summary, lang).join(listSeparator[lang])]);

  function saved(changed: boolean) {
    setEditing(undefined);
    setAdding(false);
    if (changed) {
      void ties.refetch();
      props.onChanged();
    }
  }

  const tieList: Tie[] = ties.data?.ties ?? [];
  return (
    <section className="detail" aria-labelledby="detail-title" data-testid="detail-panel">
      <h2 id="detail-title" className="detail__title">
        <KindSwatch kind={node.kind} />
        <span>{node.label}</span>
      </h2>
      <p className="detail__kind">
        {node.kind === 'Area' && node.tier ? l(tierLabels[node.tier]) : l(kindLabels[node.kind])}
        {path.length > 0 && <span className="detail__path"> ・ {path.map((area) => area.label).join(' ▸ ')}</span>}
      </p>
      {node.anonymous && <p className="notice notice--info">{t('detail.anonymous')}</p>}
      {node.external && <p className="hint">{t('detail.external')}</p>}
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {props.layerNote}
      <div className="button-row">
        {mayOpenEcomap(rights, node) && (
          <Link
            className="button button--small button--primary"
            to={{ name: 'ecomap', subject: node.kind === 'Person' ? 'person' : 'household', id: node.id }}
          >
            {t('detail.ecomap')}
          </Link>
        )}
        {node.parent && mayOpenEcomap(rights, node) && <CaseOpener subjectId={node.id} areaId={node.parent} />}
        {node.kind === 'Council' && !node.anonymous && rights.role !== 'PLANNER' && (
          <Link className="button button--small" to={{ name: 'meetings', councilId: node.id }}>
            {t('meeting.link')}
          </Link>
        )}
        {node.kind !== 'Area' && (
          <button
            type="button"
            className="button button--small"
            aria-pressed={props.focused}
            onClick={() => props.onFocus(!props.focused)}
          >
            {props.focused ? t('detail.unfocus') : t('detail.focus')}
          </button>
        )}
        {node.kind === 'Area' && (
          <>
            {props.closed !== undefined && (
              <button
                type="button"
                className="button button--small"
                onClick={props.onToggleOpen}
                disabled={props.busy}
                data-testid="detail-toggle-open"
              >
                {props.closed ? t('detail.expand') : t('detail.collapse')}
              </button>
            )}
            {props.busy && <Progress inline label={t('map.opening', { name: node.label })} />}
            <Link className="button button--small" to={{ name: 'map', areaId: node.id }}>
              {t('detail.openMap')}
            </Link>
          </>
        )}
        <EntityActions key={node.id} node={node} rights={rights} onChanged={props.onChanged} />
      </div>

      {about.length > 0 && (
        <>
          <h3>{t('detail.findings', { count: about.length })}</h3>
          <ul className="detail__findings">
            {about.map((item) => (
              <li key={item.key}>
                <button type="button" className="link-button" onClick={() => props.onPickFinding(item.key)}>
                  <strong>{l(findingKindLabels[item.kind])}</strong> {l(item.sentence)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {seesMatches(rights, node) && node.parent && (
        <MatchesSection
          key={node.id}
          personId={node.id}
          areaId={node.parent}
          writable={mayWriteMatch(rights, node)}
          today={today()}
          onChanged={() => saved(true)}
        />
      )}
      <AuditTrail node={node} nodeById={nodeById} />
      {withTies && (
        <>
          <h3>{t('detail.ties', { count: tieList.length })}</h3>
          {ties.loading && !ties.data && <Progress inline label={t('common.loading')} />}
          {ties.error && <ErrorNotice error={ties.error} onRetry={() => void ties.refetch()} />}
          {ties.data && tieList.length === 0 && <p className="hint">{t('detail.noTies')}</p>}
          <ul className="ties">
            {tieList.map((tie) => {
              const otherId = tie.sourceId === node.id ? tie.targetId : tie.sourceId;
              const other = nodeById.get(otherId);
              return (
                <li key={tie.id} className={tie.active ? 'tie' : 'tie tie--ended'}>
                  <div className="tie__line">
                    <span className={`tie__cat tie__cat--${tie.category}`}>
                      {l(categoryLabels[tie.category as 'family'] ?? { ja: tie.category, en: tie.category })}
                    </span>
                    <span className="tie__type">
                      {isSymmetric(tie.type) ? '' : tie.sourceId === node.id ? '→ ' : '← '}
                      {labelOf(shownTieTypeLabels, tie.type, lang)}
                    </span>
                    {other ? (
                      <button type="button" className="link-button" onClick={() => props.onPickNode(otherId)}>
                        {other.label}
                      </button>
                    ) : (
                      <span>{(tie.sourceId === node.id ? tie.targetName : tie.sourceName) ?? l(standInLabel)}</span>
                    )}
                  </div>
                  <div className="tie__meta">
                    {l(strengthLabels[tie.strength as 'NORMAL'])}
                    {tie.since && ` ・ ${t('detail.since', { date: tie.since })}`}
                    {tie.until && ` ・ ${t('detail.until', { date: tie.until })}`}
                    {!tie.active && ` ・ ${t('detail.ended')}`}
                    {tie.note && ` ・ ${tie.note}`}
                    {mayEditTie(rights, node, other) && editing !== tie.id && (
                      <button type="button" className="link-button tie__edit" onClick={() => setEditing(tie.id)}>
                        {t('tie.edit')}
                      </button>
                    )}
                    {mayEditTie(rights, node, other) && tie.active && editing !== tie.id && (
                      <EndTieButton tie={tie} onDone={saved} />
                    )}
                  </div>
                  {editing === tie.id && <EditTieForm tie={tie} onDone={saved} />}
                </li>
              );
            })}
          </ul>
          {mayEdit(rights, node) && !adding && (
            <button type="button" className="button button--small" onClick={() => setAdding(true)}>
              ＋ {t('tie.add')}
            </button>
          )}
          {mayEdit(rights, node) && adding && (
            <AddTieForm
              node={node}
              elements={props.elements}
              allowed={(other) => mayEditTie(rights, node, other)}
              onDone={saved}
            />
          )}
        </>
      )}
    </section>
  );
}
