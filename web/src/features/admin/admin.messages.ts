/** Sentences of the admin screen as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const adminMessages = {
  'admin.title': ['利用者の管理', 'Users'],
  'admin.lead': [
    '利用者ごとに役割と担当地域を決めます。担当地域の下の地域もすべて含まれます。',
    'Each user has a role and the areas they work in (with everything inside them).',
  ],
  'admin.forbidden': ['この画面は管理者だけが使えます。', 'Only administrators can use this screen.'],
  'admin.username': ['ユーザー名', 'Username'],
  'admin.role': ['役割', 'Role'],
  'admin.areas': ['担当地域', 'Areas'],
  'admin.allAreas': ['すべて', 'All'],
  'admin.add': ['利用者を追加', 'Add a user'],
  'admin.password': ['初期パスワード（10文字以上）', 'First password (10 characters or more)'],
  'admin.create': ['追加する', 'Add'],
  'admin.created': ['{username} を追加しました。', '{username} was added.'],
  'admin.needAreas': [
    '管理者以外は担当地域を1つ以上選んでください。',
    'Choose at least one area for every role but administrator.',
  ],
  'admin.shortPassword': ['パスワードは10文字以上にしてください。', 'The password needs 10 characters or more.'],
  'admin.status': ['状態', 'Status'],
  'admin.active': ['利用中', 'Active'],
  'admin.disabled': ['停止中', 'Disabled'],
  'admin.actions': ['操作', 'Actions'],
  'admin.edit': ['変更', 'Change'],
  'admin.access': ['役割と担当地域', 'Role and areas'],
  'admin.saved': ['保存しました。次の操作から反映されます。', 'Saved. It applies from their next action.'],
  'admin.reset': ['パスワードの再設定', 'Reset the password'],
  'admin.resetHint': [
    '再設定すると、この利用者のログインはすべて終わります。',
    'Resetting it ends every login of this user.',
  ],
  'admin.newPassword': ['新しいパスワード（10文字以上）', 'New password (10 characters or more)'],
  'admin.resetSubmit': ['再設定する', 'Reset'],
  'admin.resetDone': [
    '{username} のパスワードを再設定しました。本人に安全な方法で伝えてください。',
    "{username}'s password was reset. Tell them in a safe way.",
  ],
  'admin.disable': ['利用を停止する', 'Disable'],
  'admin.disableHint': [
    '停止すると、この利用者はすぐに使えなくなります（ログイン中でも）。',
    'Disabling stops this user at once, even while logged in.',
  ],
  'admin.disableConfirm': ['{username} の利用を停止しますか？', 'Disable {username}?'],
  'admin.enable': ['利用を再開する', 'Enable again'],
  'admin.enableHint': ['再開すると、この利用者はもう一度ログインできます。', 'Enabling lets this user log in again.'],
  'admin.selfHint': [
    '自分の利用停止や管理者の役割の解除はできません。',
    'You cannot disable your own account or take away your own administrator role.',
  ],
  'admin.roleHelp.ADMIN': ['すべての地域とデータ、利用者の管理', 'Everything, and the users'],
  'admin.roleHelp.COORDINATOR': ['担当地域のすべて（住民の詳細、編集）', 'Everything in their areas (people, editing)'],
  'admin.roleHelp.PLANNER': [
    '集計・機関・拠点・協議体（個人の情報なし）',
    'Figures, organizations, hubs, councils (no one person)',
  ],
  'admin.roleHelp.COUNCIL_MEMBER': [
    '担当地域の地図（同意のある住民のみ名前表示）',
    'The map of their areas (names only with consent)',
  ],
} as const satisfies Messages;
