/** 監査ログ: the administrator searches the audit log by person, user, dates and kind, newest first, a page at a time. */
import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { useViewer } from '../../app/session';
import { type AuditFilterForm, auditKinds, auditPage, auditVariables, emptyAuditFilter } from '../../models/audit';
import { Progress } from '../../ui/Progress';
import { AuditTable } from './AuditTable';
import { auditEventsQuery } from './audit.graphql';
import './audit.css';

export function AuditPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form, setForm] = useState<AuditFilterForm>(emptyAuditFilter);
  const [applied, setApplied] = useState<AuditFilterForm>(emptyAuditFilter);
  const [page, setPage] = useState(0);
  const events = useQuery(auditEventsQuery, {
    variables: auditVariables(applied, page),
    skip: viewer.role !== 'ADMIN',
    fetchPolicy: 'network-only',
  });

  if (viewer.role !== 'ADMIN') return <p className="page notice notice--error">{t('audit.forbidden')}</p>;
  const { rows, hasNext } = auditPage(events.data?.auditEvents ?? []);
  const set = (field: keyof AuditFilterForm) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  function search(event: FormEvent) {
    event.preventDefault();
    setApplied(form);
    setPage(0);
  }

  function clear() {
    setForm(emptyAuditFilter);
    setApplied(emptyAuditFilter);
    setPage(0);
  }

  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      <form className="audit-filters" onSubmit={search} aria-label={t('audit.search')}>
        <label className="field">
          <span className="field__label">{t('audit.personId')}</span>
          <input name="personId" value={form.personId} onChange={set('personId')} autoComplete="off" />
        </label>
        <label className="field">
          <span className="field__label">{t('audit.username')}</span>
          <input name="username" value={form.username} onChange={set('username')} autoComplete="off" />
        </label>
        <label className="field">
          <span className="field__label">{t('audit.from')}</span>
          <input name="from" type="date" value={form.from} onChange={set('from')} />
        </label>
        <label className="field">
          <span className="field__label">{t('audit.to')}</span>
          <input name="to" type="date" value={form.to} onChange={set('to')} />
        </label>
        <label className="field">
          <span className="field__label">{t('audit.kind')}</span>
          <select name="kind" value={form.kind} onChange={set('kind')}>
            <option value="">{t('audit.anyKind')}</option>
            {auditKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`audit.kind.${kind}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('audit.search')}
          </button>
          <button type="button" className="button" onClick={clear}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
      {events.loading && <Progress label={t('common.loading')} />}
      {events.error && <ErrorNotice error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && rows.length === 0 && <p className="hint">{t('audit.empty')}</p>}
      {rows.length > 0 && <AuditTable rows={rows} />}
      <nav className="button-row audit-pager" aria-label={t('audit.page', { page: page + 1 })}>
        <button type="button" className="button button--small" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('audit.prev')}
        </button>
        <span aria-current="page">{t('audit.page', { page: page + 1 })}</span>
        <button type="button" className="button button--small" disabled={!hasNext} onClick={() => setPage(page + 1)}>
          {t('audit.next')}
        </button>
      </nav>
    </div>
  );
}
