/** Sentences of the findings list and of accepting a suggestion, as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const findingsMessages = {
  'findings.title': ['発見事項', 'Findings'],
  'findings.count': ['{count}件', '{count}'],
  'findings.loading': ['分析しています…', 'Analysing…'],
  'findings.none': ['この地域では見つかりませんでした。', 'Nothing found in this area.'],
  'findings.all': ['すべて', 'All'],
  'findings.filterLabel': ['種類で絞り込む', 'Filter by kind'],
  'findings.pick': ['地図で見る', 'Show on the map'],
  'findings.picked': ['地図に表示中', 'Shown on the map'],
  'findings.subject': ['対象', 'About'],
  'findings.suggested': ['提案', 'Suggested'],
  'findings.noSuggestion': ['つなぎ先がありません（資源開発の課題）', 'Nothing to link to (a resource to develop)'],
  'findings.accept': ['提案を実施済みにする', 'Record as done'],
  'findings.hiddenPeople': [
    'あなたの役割では、住民一人ひとりの発見事項は表示されません（地域カルテで件数を見られます）。',
    'Your role does not see findings about individual people (the area report shows their counts).',
  ],
  'findings.more': ['さらに{count}件を表示', 'Show {count} more'],
  'findings.ecomap': ['エコマップ', 'Ecomap'],
  'findings.nextSteps': ['次の一手', 'Next steps'],
  'findings.openPerson': ['この人の詳細を開く', 'Open this person'],
  'accept.title': ['提案を実施済みにする', 'Record the suggestion as done'],
  'accept.lead': [
    'つながりができた相手を選んでください。今日の日付で記録され、あなたの名前が残ります。',
    'Choose who the tie was made with. It is recorded as of today, with your name.',
  ],
  'accept.hubMatch': [
    '選んだ場所への参加支援を「本人と相談中」として始めます。つながりは「参加開始」にした日から地図に描かれます。',
    'Participation support starts at “talking it over with the person” for the chosen places. The tie is drawn from the day it reaches “started”.',
  ],
  'accept.helperMatch': [
    '選んだ拠点への「ボランティア・担い手」としての参加支援を「本人と相談中」として始めます。',
    'Support to help at the chosen hubs (as a volunteer / helper) starts at “talking it over with the person”.',
  ],
  'accept.consultationPoint': [
    '選んだ拠点を、この地区のなんでも相談の窓口（相談拠点）として記録します。',
    'The chosen hub is recorded as the area’s consultation point, where any worry may be brought.',
  ],
  'accept.formalOnly': [
    '拠点を選ぶと参加支援を「本人と相談中」で始め、ボランティアを選ぶと今日からの見守りとして記録します。',
    'For a hub, participation support starts at “talking it over with the person”; for a volunteer, a watch is recorded from today.',
  ],
  'accept.hubMatchDone': [
    '参加支援を「本人と相談中」で始めました。本人の詳細パネルから段階を進められます。',
    'Participation support has started (talking it over with the person). Move it on from the person’s panel.',
  ],
  'accept.caseConference': [
    'ケース会議を設け、選んだ機関を構成員として記録します。',
    'A case conference is set up with the chosen organizations as its members.',
  ],
  'accept.note': ['メモ（任意）', 'Note (optional)'],
  'accept.notePlaceholder': ['例：ケース会議で合意', 'e.g. agreed at the case conference'],
  'accept.confirm': ['記録する', 'Record'],
  'accept.saving': ['記録しています…', 'Recording…'],
  'accept.done': ['記録しました。地図を更新しました。', 'Recorded. The map has been updated.'],
  'accept.chooseOne': ['少なくとも1つ選んでください。', 'Choose at least one.'],
  'dismiss.action': ['保留にする', 'Set aside'],
  'dismiss.title': ['発見事項を保留にする', 'Set the finding aside'],
  'dismiss.lead': [
    '指定した日まで一覧に出なくなり、その日から自動的にまた表示されます。',
    'It leaves the list until the date you give and comes back by itself on that day.',
  ],
  'dismiss.reason': ['理由', 'Reason'],
  'dismiss.revisitOn': ['もう一度見る日', 'Look again on'],
  'dismiss.note': ['メモ（任意）', 'Note (optional)'],
  'dismiss.confirm': ['保留にする', 'Set aside'],
  'dismiss.listed': ['保留中（{count}件）', 'Set aside ({count})'],
  'dismiss.until': ['{reason}・{date}に再表示（{by}）', '{reason}; back on {date} ({by})'],
  'dismiss.done': ['保留にしました（{date}まで）。', 'Set aside until {date}.'],
} as const satisfies Messages;
