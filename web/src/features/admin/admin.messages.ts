/** Sentences of the admin screen as [Japanese, English]. */
import type { Messages } from '../../app/messages';

export const adminMessages = {
  'admin.title': ['利用者の管理', 'Users'],
  'admin.lead': ['利用者ごとに役割と担当地域を決めます。担当地域の下の地域もすべて含まれます。', 'Each user has a role and the areas they work in (with everything inside them).'],
  'admin.forbidden': ['この画面は管理者だけが使えます。', 'Only administrators can use this screen.'],
  'admin.username': ['ユーザー名', 'Username'],
  'admin.role': ['役割', 'Role'],
  'admin.areas': ['担当地域', 'Areas'],
  'admin.allAreas': ['すべて', 'All'],
  'admin.add': ['利用者を追加', 'Add a user'],
  'admin.password': ['初期パスワード（10文字以上）', 'First password (10 characters or more)'],
  'admin.create': ['追加する', 'Add'],
  'admin.created': ['{username} を追加しました。', '{username} was added.'],
  'admin.needAreas': ['管理者以外は担当地域を1つ以上選んでください。', 'Choose at least one area for every role but administrator.'],
  'admin.shortPassword': ['パスワードは10文字以上にしてください。', 'The password needs 10 characters or more.'],
  'admin.roleHelp.ADMIN': ['すべての地域とデータ、利用者の管理', 'Everything, and the users'],
  'admin.roleHelp.COORDINATOR': ['担当地域のすべて（住民の詳細、編集）', 'Everything in their areas (people, editing)'],
  'admin.roleHelp.PLANNER': ['集計・機関・拠点・協議体（個人の情報なし）', 'Figures, organizations, hubs, councils (no one person)'],
  'admin.roleHelp.COUNCIL_MEMBER': ['担当地域の地図（同意のある住民のみ名前表示）', 'The map of their areas (names only with consent)'],
} as const satisfies Messages;
