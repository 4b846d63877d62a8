/** 会議: the meetings that discussed the case, newest first, with what each decided and changed. */
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import type { CaseFieldsFragment } from '../../gql/graphql';
import { meetingBasisLabels, meetingRevisionLabels } from '../../models/cases';
import { formatDay } from '../../models/timeline';

export function CaseMeetings({ record }: { record: CaseFieldsFragment }) {
  const { t, l, lang } = useI18n();
  return (
    <section className="case-section" aria-labelledby="case-meetings">
      <h2 id="case-meetings" className="panel-title">
        {t('case.meetings')}
      </h2>
      {record.meetings.length === 0 ? (
        <p className="hint">{t('case.noMeetings')}</p>
      ) : (
        <ol className="case-meetings" data-testid="case-meetings">
          {record.meetings.map((meeting) => (
            <li key={meeting.meetingId}>
              <div className="case-meetings__head">
                <strong>{formatDay(meeting.on, lang)}</strong>{' '}
                <Link to={{ name: 'meetings', councilId: meeting.councilId }}>{meeting.councilName}</Link>
                <span className="case-meta">{l(meetingBasisLabels[meeting.basis])}</span>
              </div>
              {meeting.decision && <p className="case-meetings__decision">{meeting.decision}</p>}
              {meeting.revised.length > 0 && (
                <ul className="case-revised" aria-label={t('case.revisedThere')}>
                  {meeting.revised.map((code) => (
                    <li key={code}>
                      {code === 'PLAN' && meeting.planVersion
                        ? t('case.revisedPlan', { version: meeting.planVersion })
                        : l(meetingRevisionLabels[code])}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
