/** 支援プラン: the current version as a table, the earlier ones folded away, and the editor of a new version. */

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { CaseFieldsFragment } from '../../gql/graphql';
import { type PlanLine, planInput, planItemStatusLabels, planLines } from '../../models/cases';
import { formatDay } from '../../models/timeline';
import { fieldLabels, fields, labelOf } from '../../models/vocabulary';
import { CodeSelect } from '../../ui/CodeSelect';
import { revisePlanMutation } from './cases.graphql';
import { DecidedAt, DecidingMeetingSelect } from './DecidingMeeting';

interface Props {
  record: CaseFieldsFragment;
  editable: boolean;
  today: string;
}

export function PlanSection({ record, editable, today }: Props) {
  const { t, l, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const plan = record.plan;
  const earlier = record.plans.filter((p) => p.version !== plan?.version);
  return (
    <section className="case-section" aria-labelledby="case-plan">
      <h2 id="case-plan" className="panel-title">
        {t('case.plan')}
        {plan && (
          <span className="case-meta">
            {t('case.planVersion', { version: plan.version, date: formatDay(plan.madeOn, lang), by: plan.madeBy })}
            <DecidedAt meetings={record.meetings} meetingId={plan.decidedAt} />
          </span>
        )}
      </h2>
      {plan ? (
        <table className="table case-plan" data-testid="case-plan">
          <thead>
            <tr>
              <th>{t('case.who')}</th>
              <th>{t('case.what')}</th>
              <th>{t('case.field')}</th>
              <th>{t('case.start')}</th>
              <th>{t('case.review')}</th>
              <th>{t('case.itemStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.items.map((item) => (
              <tr key={item.id}>
                <td>{item.who.id === record.subject.id ? t('case.subjectSelf') : (item.who.name ?? item.who.id)}</td>
                <td>{item.what}</td>
                <td>{item.field ? labelOf(fieldLabels, item.field, lang) : ''}</td>
                <td>{item.startOn}</td>
                <td>{item.reviewOn ?? ''}</td>
                <td>{l(planItemStatusLabels[item.status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">{t('case.noPlan')}</p>
      )}
      {editable && record.status !== 'CLOSED' && !editing && (
        <button
          type="button"
          className="button button--primary button--small no-print"
          onClick={() => setEditing(true)}
        >
          {plan ? t('case.revise') : t('case.makePlan')}
        </button>
      )}
      {editing && <PlanEditor record={record} today={today} onDone={() => setEditing(false)} />}
      {earlier.length > 0 && (
        <details className="case-earlier">
          <summary>{t('case.oldPlans')}</summary>
          {earlier.map((old) => (
            <div key={old.id}>
              <h3 className="case-subtitle">
                {t('case.planVersion', { version: old.version, date: formatDay(old.madeOn, lang), by: old.madeBy })}
                <DecidedAt meetings={record.meetings} meetingId={old.decidedAt} />
              </h3>
              <ul>
                {old.items.map((item) => (
                  <li key={item.id}>
                    {item.who.name ?? item.who.id}：{item.what}（{l(planItemStatusLabels[item.status])}）
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}

function PlanEditor({ record, today, onDone }: { record: CaseFieldsFragment; today: string; onDone(): void }) {
  const { t, l } = useI18n();
  const [lines, setLines] = useState<PlanLine[]>(() => planLines(record.plan?.items ?? [], today));
  const [revise, { loading, error }] = useMutation(revisePlanMutation);
  const [meetingId, setMeetingId] = useState('');
  // who may do an item: the team, and the person or household themselves
  const choices = [
    { id: record.subject.id, name: t('case.subjectSelf') },
    ...record.team.map((m) => ({ id: m.id, name: m.name ?? m.id })),
  ];
  const set = (index: number, change: Partial<PlanLine>) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, ...change } : line)));

  async function save() {
    try {
      await revise({ variables: { caseId: record.id, items: planInput(lines), meetingId: meetingId || null } });
      onDone();
    } catch {
      // shown below
    }
  }

  return (
    <div className="plan-editor no-print" data-testid="plan-editor">
      {lines.map((line, index) => (
        <fieldset key={line.key} className="plan-line">
          <label className="field">
            <span className="field__label">{t('case.who')}</span>
            <select value={line.whoId} onChange={(e) => set(index, { whoId: e.target.value })} data-testid="plan-who">
              <option value="">{t('case.choose')}</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field plan-line__what">
            <span className="field__label">{t('case.what')}</span>
            <input value={line.what} onChange={(e) => set(index, { what: e.target.value })} data-testid="plan-what" />
          </label>
          <label className="field">
            <span className="field__label">{t('case.field')}</span>
            <select value={line.field} onChange={(e) => set(index, { field: e.target.value })}>
              <option value="">—</option>
              {fields.map((code) => (
                <option key={code} value={code}>
                  {l(fieldLabels[code])}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('case.start')}</span>
            <input type="date" value={line.startOn} onChange={(e) => set(index, { startOn: e.target.value })} />
          </label>
          <label className="field">
            <span className="field__label">{t('case.review')}</span>
            <input
              type="date"
              value={line.reviewOn}
              onChange={(e) => set(index, { reviewOn: e.target.value })}
              data-testid="plan-review"
            />
          </label>
          <CodeSelect<string>
            label={t('case.itemStatus')}
            labels={planItemStatusLabels}
            value={line.status}
            onChange={(status) => set(index, { status })}
            say={l}
          />
          {lines.length > 1 && (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
            >
              {t('case.removeLine')}
            </button>
          )}
        </fieldset>
      ))}
      <DecidingMeetingSelect meetings={record.meetings} value={meetingId} onChange={setMeetingId} />
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => setLines((all) => [...all, ...planLines([], today)])}
        >
          {t('case.addLine')}
        </button>
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void save()}>
          {t('case.savePlan')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
