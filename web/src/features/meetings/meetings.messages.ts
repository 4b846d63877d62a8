/** Sentences of meeting records (会議の記録) as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const meetingsMessages = {
  'meeting.title': ['会議の記録：{name}', 'Meetings: {name}'],
  'meeting.loading': ['会議の記録を読み込んでいます…', 'Loading the meetings…'],
  'meeting.notForRole': ['この役割では会議の記録は表示されません。', 'Your role does not see meeting records.'],
  'meeting.none': ['記録された会議はありません。', 'No meeting recorded.'],
  'meeting.on': ['開催日', 'Held on'],
  'meeting.basis': ['共有の根拠', 'Basis for sharing'],
  'meeting.attendees': ['出席者', 'Attendees'],
  'meeting.agenda': ['検討したケース', 'Cases discussed'],
  // withheld by the basis, or because the viewer may not see the person at all: the words do not tell which
  'meeting.withheld': [
    '（この会議の根拠またはあなたの閲覧範囲では表示されないケース）',
    '(a case this meeting’s basis or your access does not show)',
  ],
  'meeting.openCase': ['この会議で開く', 'Open in this meeting'],
  'meeting.minutes': ['議事録', 'Minutes'],
  'meeting.nextOn': ['次回', 'Next meeting'],
  'meeting.revised': ['この会議で変えたこと', 'Changed here'],
  'meeting.decision': ['決定事項', 'Decided'],
  'meeting.record': ['会議を記録', 'Record a meeting'],
  'meeting.save': ['記録する', 'Record'],
  'meeting.print': ['A4で印刷', 'Print on A4'],
  'meeting.shownHere': [
    'この会議の根拠で共有できる範囲だけを表示しています。表示したことは記録されます。',
    'Shown as far as this meeting’s basis allows; that it was shown is recorded.',
  ],
  'meeting.plan': ['プラン', 'Plan'],
  'meeting.caseLabel': ['ケース {n}', 'Case {n}'],
  'meeting.link': ['会議の記録', 'Meetings'],
} as const satisfies Messages;
