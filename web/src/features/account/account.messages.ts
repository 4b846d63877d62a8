/** Sentences of the password screen as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const accountMessages = {
  'account.title': ['パスワードの変更', 'Change your password'],
  'account.lead': [
    '変更すると、ほかの端末でのログインはすべて終わります。',
    'Changing it ends your logins on every other computer.',
  ],
  'account.old': ['いまのパスワード', 'Current password'],
  'account.new': ['新しいパスワード（10文字以上）', 'New password (10 characters or more)'],
  'account.repeat': ['新しいパスワード（確認）', 'New password again'],
  'account.submit': ['変更する', 'Change'],
  'account.short': ['新しいパスワードは10文字以上にしてください。', 'The new password needs 10 characters or more.'],
  'account.mismatch': ['確認のパスワードが一致しません。', 'The two new passwords differ.'],
  'account.done': ['パスワードを変更しました。', 'Your password has been changed.'],
} as const satisfies Messages;
