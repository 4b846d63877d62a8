/** The head of a case: status and its next step, route, 方針, team and キーパーソン, each changeable when allowed. */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/session';
import type { CaseFieldsFragment, UpdateCaseMutationVariables } from '../../gql/graphql';
import { caseRouteLabels, caseStatusLabels, closeReasonLabels, isBackward, nextStatuses } from '../../models/cases';
import { labelOf } from '../../models/vocabulary';
import { teamChoicesQuery, updateCaseMutation } from './cases.graphql';
import { DecidedAt, DecidingMeetingSelect } from './DecidingMeeting';

interface Props {
  record: CaseFieldsFragment;
  editable: boolean;
}

export function CaseSummary({ record, editable }: Props) {
  const { t, l, lang } = useI18n();
  const [update, { loading, error }] = useMutation(updateCaseMutation);
  const [editing, setEditing] = useState<'direction' | 'team' | 'keyPerson' | undefined>();
  // the meeting that decided the change being edited, if one did (DecidingMeeting.tsx)
  const [meetingId, setMeetingId] = useState('');
  const save = (variables: UpdateCaseMutationVariables) =>
    update({ variables }).then(
      () => {
        setEditing(undefined);
        setMeetingId('');
      },
      () => undefined,
    );
  const decided = (input: UpdateCaseMutationVariables['input']) => ({
    id: record.id,
    input: { ...input, meetingId: meetingId || null },
  });
  const meetingChoice = <DecidingMeetingSelect meetings={record.meetings} value={meetingId} onChange={setMeetingId} />;
  const open = record.status !== 'CLOSED';

  return (
    <section className="case-summary" aria-label={t('case.status')}>
      <dl className="case-facts">
        <dt>{t('case.status')}</dt>
        <dd>
          <span className={`case-status case-status--${record.status.toLowerCase()}`} data-testid="case-status">
            {l(caseStatusLabels[record.status])}
          </span>
          {editable &&
            nextStatuses(record.status, Boolean(record.plan)).map((next) => (
              <button
                key={next}
                type="button"
                className="button button--small no-print"
                disabled={loading}
                onClick={() => void save({ id: record.id, input: { status: next } })}
              >
                {t(isBackward(record.status, next) ? 'case.moveBack' : 'case.moveTo', {
                  status: l(caseStatusLabels[next]),
                })}
              </button>
            ))}
        </dd>
        <dt>{t('case.openedOn')}</dt>
        <dd>
          {record.openedOn}（{record.openedBy}）
        </dd>
        <dt>{t('case.route')}</dt>
        <dd>
          {labelOf(caseRouteLabels, record.route, lang)}
          {record.referrer && ` ・ ${t('case.referrer')}：${record.referrer.name ?? record.referrer.id}`}
          {record.referrerNote && ` ・ ${record.referrerNote}`}
        </dd>
        {open && (
          <>
            <dt>{t('case.reviewOn')}</dt>
            <dd>{record.reviewOn ?? t('common.none')}</dd>
          </>
        )}
        {record.closedOn && (
          <>
            <dt>{t('case.closedOn')}</dt>
            <dd>
              {t('case.closed', {
                date: record.closedOn,
                reason: record.closeReason ? labelOf(closeReasonLabels, record.closeReason, lang) : '',
              })}
              {record.followUpOn && ` ・ ${t('case.followUpOn')}：${record.followUpOn}`}
              {record.followUpDoneOn && ` ・ ${t('case.followUpDone', { date: record.followUpDoneOn })}`}
            </dd>
          </>
        )}
      </dl>

      <h2 className="panel-title">{t('case.direction')}</h2>
      {editing === 'direction' ? (
        <>
          {meetingChoice}
          <TextEditor
            initial={record.direction ?? ''}
            busy={loading}
            onSave={(direction) => void save(decided({ direction }))}
            onCancel={() => setEditing(undefined)}
          />
        </>
      ) : (
        <p className="case-direction" data-testid="case-direction">
          {record.direction ?? t('case.noDirection')}{' '}
          {editable && open && (
            <button type="button" className="button button--small no-print" onClick={() => setEditing('direction')}>
              {t('case.editDirection')}
            </button>
          )}
        </p>
      )}

      <div className="case-columns">
        <div>
          <h2 className="panel-title">{t('case.team')}</h2>
          {record.team.length === 0 ? (
            <p className="hint">{t('case.noTeam')}</p>
          ) : (
            <ul className="case-team">
              {record.team.map((member) => (
                <li key={member.id}>{member.name ?? member.id}</li>
              ))}
            </ul>
          )}
          {editable && open && editing !== 'team' && (
            <button type="button" className="button button--small no-print" onClick={() => setEditing('team')}>
              {t('case.editTeam')}
            </button>
          )}
          {editing === 'team' && meetingChoice}
          {editing === 'team' && (
            <PartyPicker
              areaId={record.areaId}
              multiple
              initial={record.team.map((m) => m.id)}
              busy={loading}
              onSave={(teamIds) => void save(decided({ teamIds }))}
              onCancel={() => setEditing(undefined)}
            />
          )}
        </div>
        <div>
          <h2 className="panel-title">{t('case.keyPerson')}</h2>
          <p data-testid="case-key-person">{record.keyPerson?.name ?? t('case.noKeyPerson')}</p>
          {editable && open && editing !== 'keyPerson' && (
            <button type="button" className="button button--small no-print" onClick={() => setEditing('keyPerson')}>
              {t('case.changeKeyPerson')}
            </button>
          )}
          {editing === 'keyPerson' && meetingChoice}
          {editing === 'keyPerson' && (
            <PartyPicker
              areaId={record.areaId}
              peopleOnly
              initial={record.keyPerson ? [record.keyPerson.id] : []}
              busy={loading}
              onSave={([keyPersonId]) => keyPersonId && void save(decided({ keyPersonId }))}
              onCancel={() => setEditing(undefined)}
            />
          )}
          {record.keyPersonHistory.length > 0 && (
            <>
              <h3 className="case-subtitle">{t('case.keyPersonHistory')}</h3>
              <ol className="case-history">
                {record.keyPersonHistory.map((term) => (
                  <li key={`${term.person.id}:${term.since}`}>
                    {term.person.name ?? term.person.id}：
                    {term.until
                      ? t('case.period', { from: term.since, until: term.until })
                      : t('case.since', { date: term.since })}
                    <DecidedAt meetings={record.meetings} meetingId={term.decidedAt} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}

function TextEditor(props: { initial: string; busy: boolean; onSave(text: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(props.initial);
  return (
    <div className="no-print">
      <textarea rows={3} className="case-textarea" value={text} onChange={(e) => setText(e.target.value)} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={props.busy}
          onClick={() => props.onSave(text)}
        >
          {t('common.save')}
        </button>
        <button type="button" className="button button--small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Organizations and professionals of the viewer's area (else the subject's), to put on the team or hold the case. */
function PartyPicker(props: {
  areaId: string | null | undefined;
  multiple?: boolean;
  peopleOnly?: boolean;
  initial: string[];
  busy: boolean;
  onSave(ids: string[]): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const areaId = viewer.areaIds[0] ?? props.areaId ?? '';
  const { data } = useQuery(teamChoicesQuery, { variables: { areaId }, skip: !areaId });
  const [chosen, setChosen] = useState<string[]>(props.initial);
  const choices = [
    ...(props.peopleOnly ? [] : (data?.organizations ?? [])),
    ...(data?.people ?? []).map((p) => ({ id: p.id, name: p.name ?? p.id })),
  ];
  const toggle = (id: string) =>
    setChosen((list) => (props.multiple ? (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]) : [id]));
  return (
    <fieldset className="case-picker no-print">
      {choices.map((choice) => (
        <label key={choice.id} className="check">
          <input
            type={props.multiple ? 'checkbox' : 'radio'}
            name="case-party"
            checked={chosen.includes(choice.id)}
            onChange={() => toggle(choice.id)}
          />
          {choice.name}
        </label>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={props.busy}
          onClick={() => props.onSave(chosen)}
        >
          {t('common.save')}
        </button>
        <button type="button" className="button button--small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
