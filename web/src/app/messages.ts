/**
 * Every sentence of the UI as [Japanese, English], by key: the shell's here, each feature's in its own
 * `<feature>.messages.ts`. Model words (kinds, fields …) live in models/vocabulary.
 */
import { accountMessages } from '../features/account/account.messages';
import { adminMessages } from '../features/admin/admin.messages';
import { reportMessages } from '../features/area-report/report.messages';
import { auditMessages } from '../features/audit/audit.messages';
import { casesMessages } from '../features/cases/cases.messages';
import { directoryMessages } from '../features/directory/directory.messages';
import { ecomapMessages } from '../features/ecomap/ecomap.messages';
import { editingMessages } from '../features/editing/editing.messages';
import { findingsMessages } from '../features/findings/findings.messages';
import { mapMessages } from '../features/map/map.messages';
import { meetingsMessages } from '../features/meetings/meetings.messages';
import { timeMessages } from '../features/time/time.messages';
import { viewsMessages } from '../features/views/views.messages';
import { worklistMessages } from '../features/worklist/worklist.messages';

import type { Messages } from './messages.types';

export type { Messages };

const shellMessages = {
  // shell
  'app.name': ['つながり', 'Tsunagari'],
  'app.tagline': ['地域の支援ネットワーク', 'Community-support network'],
  'app.skip': ['本文へ移動', 'Skip to content'],
  'nav.areas': ['地域一覧', 'Areas'],
  'nav.map': ['地図', 'Map'],
  'nav.report': ['地域カルテ', 'Area report'],
  'nav.admin': ['管理', 'Admin'],
  'nav.logout': ['ログアウト', 'Log out'],
  'nav.password': ['パスワード変更', 'Password'],
  'nav.user': ['{username}（{role}）', '{username} ({role})'],
  'lang.switch': ['English', '日本語'],
  'lang.switchLabel': ['Switch to English', '日本語に切り替える'],
  'role.ADMIN': ['管理者', 'Administrator'],
  'role.COORDINATOR': ['コーディネーター', 'Coordinator'],
  'role.PLANNER': ['計画担当', 'Planner'],
  'role.COUNCIL_MEMBER': ['協議体メンバー', 'Council member'],
  'common.loading': ['読み込み中…', 'Loading…'],
  'common.retry': ['もう一度', 'Try again'],
  'common.close': ['閉じる', 'Close'],
  'common.cancel': ['キャンセル', 'Cancel'],
  'common.save': ['保存', 'Save'],
  'common.details': ['詳細', 'Details'],
  'common.none': ['なし', 'None'],
  'common.print': ['印刷', 'Print'],
  'common.back': ['戻る', 'Back'],
  'notFound.title': ['ページが見つかりません', 'Page not found'],
  'notFound.home': ['地域一覧へ', 'Go to the areas'],
  'error.detail': ['技術的な詳細', 'Technical detail'],

  // login
  'login.title': ['ログイン', 'Log in'],
  'login.lead': [
    '地域の支援ネットワークを見える化し、つながりの薄いところを見つけます。',
    'See the community-support network and where it is thin.',
  ],
  'login.username': ['ユーザー名', 'Username'],
  'login.password': ['パスワード', 'Password'],
  'login.submit': ['ログイン', 'Log in'],
  'login.submitting': ['ログインしています…', 'Logging in…'],
  'login.expired': [
    'ログインの有効期限が切れました。もう一度ログインしてください。',
    'Your login has expired. Please log in again.',
  ],
  'login.loggedOut': ['ログアウトしました。', 'You have logged out.'],
  'login.missing': ['ユーザー名とパスワードを入力してください。', 'Enter your username and password.'],
  'login.privacy': [
    '個人情報を扱います。共用の端末では、使い終わったら必ずログアウトしてください。',
    'This holds personal information. On a shared computer, always log out when you are done.',
  ],
} as const satisfies Messages;

export const messages = {
  ...shellMessages,
  ...mapMessages,
  ...findingsMessages,
  ...ecomapMessages,
  ...directoryMessages,
  ...reportMessages,
  ...adminMessages,
  ...auditMessages,
  ...accountMessages,
  ...editingMessages,
  ...timeMessages,
  ...viewsMessages,
  ...casesMessages,
  ...worklistMessages,
  ...meetingsMessages,
} as const;

export type MessageKey = keyof typeof messages;
