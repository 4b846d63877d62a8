/**
 * A person's 参加支援 matches on the map's panel: where, in which role, at which stage, the next follow-up; the
 * buttons to move a match on and to record a follow-up are offered only to those who may write where the person
 * lives (models/permissions.ts).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MatchFieldsFragment, MatchStage } from '../../gql/graphql';
import { followUpDue, isOver, matchRoleLabels, matchStageLabels, nextStages } from '../../models/matches';
import { Dialog } from '../../ui/Dialog';
import './matches.css';
import { matchesOfPersonQuery, moveMatchMutation, recordMatchFollowUpMutation } from './matches.graphql';

interface Props {
  personId: string;
  /** the person's area, where their matches are listed */
  areaId: string;
  /** whether the viewer may change them */
  writable: boolean;
  today: string;
  /** a match reached 参加開始 or 終結: the map's ties changed */
  onChanged(): void;
}

export function MatchesSection({ personId, areaId, writable, today, onChanged }: Props) {
  const { t } = useI18n();
  const { data, error } = useQuery(matchesOfPersonQuery, {
    variables: { areaId, personId },
    fetchPolicy: 'cache-and-network',
  });
  const matches = (data?.matches ?? []) as MatchFieldsFragment[];
  return (
    <section data-testid="matches">
      <h3>{t('match.title')}</h3>
      {error && <ErrorNotice error={error} />}
      {data && matches.length === 0 && <p className="hint">{t('match.none')}</p>}
      <ul className="match-list">
        {matches.map((match) => (
          <MatchItem key={match.id} match={match} writable={writable} today={today} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function MatchItem({
  match,
  writable,
  today,
  onChanged,
}: {
  match: MatchFieldsFragment;
  writable: boolean;
  today: string;
  onChanged(): void;
}) {
  const { t, l } = useI18n();
  const [move, moving] = useMutation(moveMatchMutation);
  const [recording, setRecording] = useState(false);
  const due = followUpDue(match.nextFollowUpOn ?? null, today);
  const last = match.followUps[0];
  return (
    <li className="match" data-testid="match" data-stage={match.stage}>
      <p className="match__place">
        <strong>{match.place.name}</strong>
        <span className="match__role">
          {' '}
          ・{t('match.role')}：{l(matchRoleLabels[match.role])}
        </span>
      </p>
      <p>
        {t('match.stage')}：<span className="match__stage">{l(matchStageLabels[match.stage])}</span>
        {match.startedOn && !isOver(match.stage) && <> （{t('match.since', { date: match.startedOn })}）</>}
        {match.suggestedAs && <span className="hint"> ・{t('match.fromFinding')}</span>}
      </p>
      {!isOver(match.stage) && (
        <p className={due ? 'match__due' : undefined}>
          {t('match.nextFollowUp')}：{match.nextFollowUpOn ?? t('match.noFollowUp')}
          {due && <strong> {t('match.due')}</strong>}
        </p>
      )}
      {last && <p className="hint">{t('match.lastFollowUp', { date: last.on, text: last.howItGoes })}</p>}
      {moving.error && <ErrorNotice error={moving.error} />}
      {writable && !isOver(match.stage) && (
        <div className="button-row">
          {nextStages(match.stage).map((stage: MatchStage) => (
            <button
              key={stage}
              type="button"
              className="button button--small"
              disabled={moving.loading}
              data-testid={`match-move-${stage}`}
              onClick={() =>
                void move({ variables: { id: match.id, input: { stage } } })
                  .then(() => {
                    if (stage === 'STARTED' || stage === 'ENDED') onChanged();
                  })
                  .catch(() => undefined)
              }
            >
              {t('match.moveTo', { stage: l(matchStageLabels[stage]) })}
            </button>
          ))}
          <button
            type="button"
            className="button button--small"
            data-testid="match-follow-up"
            onClick={() => setRecording(true)}
          >
            {t('match.addFollowUp')}
          </button>
        </div>
      )}
      <Dialog
        title={t('match.followUpTitle', { place: match.place.name ?? '' })}
        open={recording}
        onClose={() => setRecording(false)}
        closeLabel={t('common.close')}
      >
        <FollowUpForm matchId={match.id} today={today} onClose={() => setRecording(false)} />
      </Dialog>
    </li>
  );
}

function FollowUpForm({ matchId, today, onClose }: { matchId: string; today: string; onClose(): void }) {
  const { t } = useI18n();
  const [on, setOn] = useState(today);
  const [who, setWho] = useState('');
  const [howItGoes, setHowItGoes] = useState('');
  const [hostConcerns, setHostConcerns] = useState('');
  const [nextOn, setNextOn] = useState('');
  const [record, { loading, error }] = useMutation(recordMatchFollowUpMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await record({
        variables: {
          id: matchId,
          input: { on, who, howItGoes, hostConcerns: hostConcerns.trim() || null, nextOn: nextOn || null },
        },
      });
      onClose();
    } catch {
      // shown below
    }
  }

  const field = (label: string, value: string, set: (v: string) => void, type = 'text') => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input type={type} value={value} onChange={(event) => set(event.target.value)} />
    </label>
  );
  return (
    <form onSubmit={submit} data-testid="follow-up-form">
      {field(t('match.on'), on, setOn, 'date')}
      {field(t('match.who'), who, setWho)}
      <label className="field">
        <span className="field__label">{t('match.howItGoes')}</span>
        <textarea rows={3} value={howItGoes} onChange={(event) => setHowItGoes(event.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('match.hostConcerns')}</span>
        <textarea rows={2} value={hostConcerns} onChange={(event) => setHostConcerns(event.target.value)} />
      </label>
      {field(t('match.nextOn'), nextOn, setNextOn, 'date')}
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('match.moving') : t('match.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
