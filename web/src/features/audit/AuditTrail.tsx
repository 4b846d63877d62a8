/** 閲覧履歴 on a person's detail panel: who was shown this person, when and how much. ADMIN and their coordinators only. */
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { useViewer } from '../../app/session';
import { localTime, seesAuditTrail } from '../../models/audit';
import { Progress } from '../../ui/Progress';
import { personAuditTrailQuery } from './audit.graphql';
import './audit.css';

interface Props {
  /** The selected node: the section shows for a person the viewer sees in full (models/audit `seesAuditTrail`). */
  node: { id: string; kind: string; anonymous?: boolean; parent?: string } | undefined;
  /** The map's nodes, to walk up from the person to the areas around them. */
  nodeById: ReadonlyMap<string, { parent?: string }>;
}

export function AuditTrail({ node, nodeById }: Props) {
  const { t, aside } = useI18n();
  const viewer = useViewer();
  const shown = seesAuditTrail(viewer, node, nodeById);
  const trail = useQuery(personAuditTrailQuery, {
    variables: { personId: node?.id ?? '' },
    skip: !shown,
    fetchPolicy: 'network-only',
  });
  if (!shown) return null;

  const entries = trail.data?.personAuditTrail ?? [];
  return (
    <section className="audit-trail" aria-labelledby="audit-trail-title" data-testid="audit-trail">
      <h3 id="audit-trail-title">{t('trail.title')}</h3>
      {trail.loading && <Progress inline label={t('common.loading')} />}
      {trail.error && <ErrorNotice error={trail.error} onRetry={() => void trail.refetch()} />}
      {trail.data && entries.length === 0 && <p className="hint">{t('trail.empty')}</p>}
      {entries.length > 0 && (
        <>
          <ul className="audit-trail__list">
            {entries.map((entry) => (
              <li key={`${entry.at}-${entry.username}-${entry.action}-${entry.level}`}>
                <time dateTime={entry.at}>{localTime(entry.at)}</time> {entry.username ?? t('audit.nobody')}
                {entry.role && <span className="hint">{aside(t(`role.${entry.role}` as MessageKey))}</span>}{' '}
                {entry.action}
                {entry.level && <span className="hint"> ・ {t(`audit.level.${entry.level}` as MessageKey)}</span>}
              </li>
            ))}
          </ul>
          <p className="hint">{t('trail.more')}</p>
        </>
      )}
    </section>
  );
}
