/**
 * Which meeting decided a change of the case: one of the meetings that discussed it (Case.meetings, those of
 * councils the viewer sits on), or none. The server checks the choice again.
 */
import { useI18n } from '../../app/i18n';
import type { CaseFieldsFragment } from '../../gql/graphql';
import { formatDay } from '../../models/timeline';

interface Props {
  meetings: CaseFieldsFragment['meetings'];
  value: string;
  onChange(meetingId: string): void;
}

export function DecidingMeetingSelect({ meetings, value, onChange }: Props) {
  const { t, lang } = useI18n();
  if (meetings.length === 0) return null;
  return (
    <label className="field deciding-meeting">
      <span className="field__label">{t('case.decidedAtLabel')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="deciding-meeting">
        <option value="">{t('case.notAtMeeting')}</option>
        {meetings.map((meeting) => (
          <option key={meeting.meetingId} value={meeting.meetingId}>
            {t('case.meetingOption', { date: formatDay(meeting.on, lang), council: meeting.councilName })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** 「2026年11月10日の南部支援会議で決定」 for a version or term that names its meeting, else nothing. */
export function DecidedAt({
  meetings,
  meetingId,
}: {
  meetings: CaseFieldsFragment['meetings'];
  meetingId?: string | null;
}) {
  const { t, lang } = useI18n();
  if (!meetingId) return null;
  const meeting = meetings.find((m) => m.meetingId === meetingId);
  return (
    <span className="case-decided">
      {meeting
        ? t('case.decidedAt', { date: formatDay(meeting.on, lang), council: meeting.councilName })
        : t('case.decidedAtUnseen')}
    </span>
  );
}
