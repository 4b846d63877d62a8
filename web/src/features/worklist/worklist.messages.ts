/** Sentences of the work list (今日の仕事) as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const worklistMessages = {
  'nav.today': ['今日の仕事', 'Today'],
  'work.title': ['今日の仕事（{date}）', 'Today’s work ({date})'],
  'work.loading': ['今日の仕事をまとめています…', 'Gathering today’s work…'],
  'work.notForRole': [
    '今日の仕事は、担当する住民の支援ケースと発見事項の一覧です。この役割では表示されません。',
    'The work list holds the cases and findings of the people you support; your role does not see them.',
  ],
  'work.lastVisit': ['前回の確認：{at}', 'Last looked at: {at}'],
  'work.firstVisit': [
    '初めての確認です。発見事項はすべて新規として表示します。',
    'First visit: every finding counts as new.',
  ],
  'work.reviewsOverdue': ['見直し日を過ぎたケース', 'Cases past their review date'],
  'work.reviewsDue': ['今週の見直し（{until}まで）', 'Reviews this week (until {until})'],
  'work.followUps': ['終結後の確認', 'Follow-ups after closing'],
  'work.withoutKeyPerson': ['キーパーソン未定のケース', 'Cases without a key person'],
  'work.matchFollowUps': [
    '参加支援のフォローアップ（1週間以内・期限切れ）',
    'Participation follow-ups (this week or late)',
  ],
  'work.matchLine': ['{place}（{stage}）', '{place} ({stage})'],
  'work.meetings': ['今週の会議', 'Meetings this week'],
  'work.meetingLine': ['{date}：前回の検討ケース {count}件', '{date}: {count} case(s) discussed last time'],
  'work.newFindings': ['前回以降の新しい発見事項', 'Findings new since last time'],
  'work.nothing': ['ありません。', 'None.'],
  'work.openCase': ['ケースを開く', 'Open the case'],
  'work.due': ['{date}', '{date}'],
  'work.keyPerson': ['キーパーソン：{name}', 'Key person: {name}'],
  'work.print': ['印刷', 'Print'],
} as const satisfies Messages;
