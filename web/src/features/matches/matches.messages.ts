/** Sentences of 参加支援 matches as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const matchesMessages = {
  'match.title': ['参加支援', 'Participation support'],
  'match.none': ['参加支援の記録はありません。', 'No participation support recorded.'],
  'match.role': ['役割', 'Role'],
  'match.stage': ['段階', 'Stage'],
  'match.nextFollowUp': ['次のフォローアップ', 'Next follow-up'],
  'match.due': ['期限です', 'due'],
  'match.noFollowUp': ['予定なし', 'none planned'],
  'match.since': ['{date}から', 'since {date}'],
  'match.fromFinding': ['分析の提案から', 'from a finding'],
  'match.moveTo': ['「{stage}」へ', 'To “{stage}”'],
  'match.moving': ['記録しています…', 'Recording…'],
  'match.addFollowUp': ['フォローアップを記録', 'Record a follow-up'],
  'match.followUpTitle': ['フォローアップ：{place}', 'Follow-up: {place}'],
  'match.on': ['日付', 'Date'],
  'match.who': ['確認した人', 'Who looked'],
  'match.howItGoes': ['本人の様子', 'How it is going'],
  'match.hostConcerns': ['受け入れ先の心配ごと', "The host's worries"],
  'match.nextOn': ['次回', 'Next time'],
  'match.lastFollowUp': ['前回（{date}）：{text}', 'Last ({date}): {text}'],
  'match.save': ['記録する', 'Record'],
} as const satisfies Messages;
