/** Sentences of the date controls of the map and the ecomap, as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const timeMessages = {
  'time.button': ['日付', 'Date'],
  'time.buttonAsOf': ['日付：{date}', 'Date: {date}'],
  'time.buttonPeriod': ['日付：{from}〜{to}', 'Dates: {from} – {to}'],
  'time.title': ['いつの時点を見るか', 'Which day to look at'],
  'time.asOf': ['表示する日', 'Day shown'],
  'time.compare': ['前の日と比べる', 'Compare with an earlier day'],
  'time.from': ['比べる前の日', 'Earlier day'],
  'time.apply': ['表示', 'Show'],
  'time.today': ['今日に戻る', 'Back to today'],
  'time.problem.format': [
    '日付を YYYY-MM-DD の形で、実在する日で入れてください。',
    'Enter a real date, written YYYY-MM-DD.',
  ],
  'time.problem.future': [
    '今日より後の日は表示できません（記録はこれまでのことです）。',
    'A day after today cannot be shown: the records say what has been.',
  ],
  'time.problem.order': [
    '比べる前の日は、表示する日より前にしてください。',
    'The earlier day must come before the day shown.',
  ],
  'time.problem.role': [
    'この役割では今日の時点だけを表示します。リンクの日付は使いませんでした。',
    'Your role sees today only: the date in the link was not used.',
  ],
  'time.problemInLink': ['リンクの日付を使えませんでした：{problem}', 'The date in the link was not used: {problem}'],
  'time.mapCompare': [
    '前の日と比べる（変わったつながりを強調）',
    'Compare with an earlier day (changed ties highlighted)',
  ],
  'time.ecomapCompare': [
    '前の日と並べて比べる（元気だった頃と、今）',
    'Side by side with an earlier day (then and now)',
  ],
  'time.bannerAsOf': ['{date}時点の地図です', 'The map as of {date}'],
  'time.bannerPeriod': ['{from}から{to}までの変化', 'What changed from {from} to {to}'],
  'time.countBegan': ['この間に始まったつながり {count}', 'Ties begun in this time {count}'],
  'time.countEnded': ['終わったつながり {count}', 'ended {count}'],
  'time.undated': [
    '詳しく見られない人とのつながりは日付が伏せられているため、数えていません。',
    'Ties to people you do not see in detail carry no dates and are not counted.',
  ],
  'time.findingsAsOf': ['気づきも{date}時点のものです。', 'The findings are as of {date} too.'],
  'time.began': ['この間に始まったつながり', 'Ties begun in this time'],
  'time.ended': ['この間に終わったつながり', 'Ties ended in this time'],
} as const satisfies Messages;
