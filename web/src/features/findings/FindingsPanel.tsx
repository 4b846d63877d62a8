/**
 * The findings beside the map: isolated people and missing links, each with its sentence. Picking one highlights
 * its nodes and draws all its suggestions; a suggestion can be recorded as done.
 */
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { countByKind, type FindingItem, findingName } from '../../models/findings';
import type { NodeData } from '../../models/network';
import { mayAccept, mayDismiss, mayOpenEcomap, type Rights } from '../../models/permissions';
import { type FindingKind, findingKindLabels } from '../../models/vocabulary';
import { Progress } from '../../ui/Progress';
import { CaseOpener } from '../cases/CaseOpener';
import { DismissDialog } from './DismissDialog';
import { DismissedList } from './DismissedList';
import { NextSteps } from './NextSteps';

interface Props {
  items: readonly FindingItem[];
  loading: boolean;
  error: unknown;
  onRetry(): void;
  selectedKey?: string;
  onPick(key: string | undefined): void;
  onAccept(item: FindingItem): void;
  /** A finding was set aside: the list is fetched again without it. */
  onDismissed(): void;
  /** The area of the map, whose set-aside findings are listed (保留中). */
  areaId: string;
  /** Opens the detail panel of a node (the person an isolation finding is about). */
  onOpenNode(id: string): void;
  nodeById: ReadonlyMap<string, NodeData>;
  /** What the viewer may do: accept only what they may write, open ecomaps only of people they see in detail. */
  rights: Rights;
  /** The viewer's role does not see findings about people. */
  peopleHidden: boolean;
  notice?: string;
}

const kindOrder: FindingKind[] = [
  'ISOLATED',
  'UNCOORDINATED_HOUSEHOLD',
  'UNMET_NEED',
  'HUB_MATCH',
  'FORMAL_ONLY',
  'WATCH_GAP',
  'SINGLE_POINT',
  'HELPER_MATCH',
  'NO_CONSULTATION_POINT',
  'UNAFFILIATED_RESOURCE',
];
const pageSize = 40;

export function FindingsPanel(props: Props) {
  const { t, l, n, lang, list: listed, labelled } = useI18n();
  const { items, selectedKey, nodeById } = props;
  const [kind, setKind] = useState<FindingKind | 'ALL'>('ALL');
  const [shown, setShown] = useState(pageSize);
  const [dismissing, setDismissing] = useState<FindingItem>();
  const [dismissedUntil, setDismissedUntil] = useState<string>();
  const [dismissals, setDismissals] = useState(0);
  const counts = countByKind(items);
  const list = items.filter((item) => kind === 'ALL' || item.kind === kind);
  const mapLabel = (id: string) => nodeById.get(id)?.label;

  return (
    <section className="findings" aria-labelledby="findings-title" data-testid="findings-panel">
      <h2 id="findings-title" className="panel-title">
        {t('findings.title')} <span className="pill">{n(items.length)}</span>
      </h2>
      {props.notice && (
        <p className="notice notice--info" role="status">
          {props.notice}
        </p>
      )}
      {dismissedUntil && (
        <p className="notice notice--info" role="status">
          {t('dismiss.done', { date: dismissedUntil })}
        </p>
      )}
      {props.peopleHidden && <p className="hint">{t('findings.hiddenPeople')}</p>}
      {props.loading && items.length === 0 && <Progress label={t('findings.loading')} />}
      {Boolean(props.error) && <ErrorNotice error={props.error} onRetry={props.onRetry} />}
      {!props.loading && !props.error && items.length === 0 && <p className="hint">{t('findings.none')}</p>}
      {items.length > 0 && (
        <div className="chips" role="group" aria-label={t('findings.filterLabel')}>
          <button type="button" className="chip" aria-pressed={kind === 'ALL'} onClick={() => setKind('ALL')}>
            {t('findings.all')} {n(items.length)}
          </button>
          {kindOrder
            .filter((k) => counts.has(k))
            .map((k) => (
              <button
                key={k}
                type="button"
                className={`chip chip--${k.toLowerCase()}`}
                aria-pressed={kind === k}
                onClick={() => setKind(k)}
              >
                {l(findingKindLabels[k])} {n(counts.get(k))}
              </button>
            ))}
        </div>
      )}
      <ol className="findings__list">
        {list.slice(0, shown).map((item) => {
          const selected = item.key === selectedKey;
          const subject = nodeById.get(item.subjectIds[0] ?? '');
          const name = (id: string) => findingName(item, id, mapLabel, lang);
          return (
            <li key={item.key} className={selected ? 'finding finding--selected' : 'finding'}>
              <button
                type="button"
                className="finding__pick"
                aria-pressed={selected}
                onClick={() => props.onPick(selected ? undefined : item.key)}
                data-finding-kind={item.kind}
              >
                <span className={`finding__kind finding__kind--${item.kind.toLowerCase()}`}>
                  {l(findingKindLabels[item.kind])}
                </span>
                <span className="finding__sentence">{l(item.sentence)}</span>
              </button>
              {selected && (
                <div className="finding__more">
                  <p>
                    <strong>{labelled(t('findings.subject'))}</strong>
                    {listed(item.subjectIds.map(name))}
                  </p>
                  {item.nextSteps && (
                    <NextSteps
                      steps={item.nextSteps}
                      name={name}
                      nodeById={nodeById}
                      rights={props.rights}
                      onAccept={props.onAccept}
                    />
                  )}
                  {item.kind !== 'ISOLATED' && (
                    <p>
                      <strong>{labelled(t('findings.suggested'))}</strong>
                      {item.suggestedIds.length > 0 ? listed(item.suggestedIds.map(name)) : t('findings.noSuggestion')}
                    </p>
                  )}
                  <div className="button-row">
                    {mayAccept(props.rights, item, nodeById) && (
                      <button
                        type="button"
                        className="button button--primary button--small"
                        onClick={() => props.onAccept(item)}
                      >
                        {t('findings.accept')}
                      </button>
                    )}
                    {mayDismiss(props.rights, item, nodeById) && (
                      <button type="button" className="button button--small" onClick={() => setDismissing(item)}>
                        {t('dismiss.action')}
                      </button>
                    )}
                    {subject?.parent && mayOpenEcomap(props.rights, subject) && (
                      <CaseOpener subjectId={subject.id} areaId={subject.parent} />
                    )}
                    {item.kind === 'ISOLATED' && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => props.onOpenNode(item.subjectIds[0])}
                      >
                        {t('findings.openPerson')}
                      </button>
                    )}
                    {subject && mayOpenEcomap(props.rights, subject) && (
                      <Link
                        className="button button--small"
                        to={{
                          name: 'ecomap',
                          subject: subject.kind === 'Person' ? 'person' : 'household',
                          id: subject.id,
                        }}
                      >
                        {t('findings.ecomap')}
                      </Link>
                    )}
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {list.length > shown && (
        <button type="button" className="button button--small" onClick={() => setShown((s) => s + pageSize)}>
          {t('findings.more', { count: Math.min(pageSize, list.length - shown) })}
        </button>
      )}
      {!props.peopleHidden && <DismissedList key={dismissals} areaId={props.areaId} refreshKey={dismissals} />}
      <DismissDialog
        item={dismissing}
        onClose={() => setDismissing(undefined)}
        onDismissed={(_item, revisitOn) => {
          setDismissing(undefined);
          setDismissedUntil(revisitOn);
          setDismissals((count) => count + 1);
          props.onDismissed();
        }}
      />
    </section>
  );
}
