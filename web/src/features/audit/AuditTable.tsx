/** The audit events of one page as a table: when, who, what, about whom, and what changed or was refused. */
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { changeValue, localTime } from '../../models/audit';
import type { AuditEventRow } from './audit.graphql';

export function AuditTable({ rows }: { rows: readonly AuditEventRow[] }) {
  const { t } = useI18n();
  return (
    <table className="table audit-table" data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col" className="num">
            #
          </th>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.kind')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.about')}</th>
          <th scope="col">{t('audit.detail')}</th>
          <th scope="col">{t('audit.address')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((event) => (
          <tr key={event.seq}>
            <td className="num">{event.seq}</td>
            <td>
              <time dateTime={event.at}>{localTime(event.at)}</time>
            </td>
            <td>
              <span className={`audit-kind audit-kind--${event.kind}`}>
                {t(`audit.kind.${event.kind}` as MessageKey)}
              </span>
              {event.level && ` ・ ${t(`audit.level.${event.level}` as MessageKey)}`}
            </td>
            <td>
              {event.username ?? t('audit.nobody')}
              {event.role && <span className="hint"> {t(`role.${event.role}` as MessageKey)}</span>}
            </td>
            <td>{event.action}</td>
            <td>
              <About event={event} />
            </td>
            <td>
              <Detail event={event} />
            </td>
            <td className="audit-table__meta">
              {event.address ?? '—'}
              {event.requestId && (
                <div className="hint" title={event.requestId}>
                  {event.requestId.slice(0, 8)}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function About({ event }: { event: AuditEventRow }) {
  const { t } = useI18n();
  const entity = event.entity && `${event.entity} ${event.entityId ?? ''}`;
  if (event.personIds.length === 0) return <>{entity ?? '—'}</>;
  if (event.personIds.length <= 3) return <>{[entity, ...event.personIds].filter(Boolean).join('、')}</>;
  return (
    <details>
      <summary>{t('audit.people', { count: event.personIds.length })}</summary>
      {event.personIds.join('、')}
    </details>
  );
}

function Detail({ event }: { event: AuditEventRow }) {
  if (event.changes.length > 0) {
    return (
      <ul className="audit-changes">
        {event.changes.map((change) => (
          <li key={change.field}>
            <strong>{change.field}</strong> {changeValue(change.before)} → {changeValue(change.after)}
          </li>
        ))}
      </ul>
    );
  }
  return <span className="audit-message">{event.message ?? ''}</span>;
}
