/** The logged-in user changes their own password: the current one, then the new one twice. */
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { useSession } from '../../app/session';
import { changePasswordMutation } from './account.graphql';

const minimumLength = 10;

export function PasswordPage() {
  const { t } = useI18n();
  const session = useSession();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<MessageKey>();
  const [done, setDone] = useState(false);
  const [change, { loading, error, reset }] = useMutation(changePasswordMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    reset();
    if (newPassword.length < minimumLength) return setProblem('account.short');
    if (newPassword !== repeat) return setProblem('account.mismatch');
    setProblem(undefined);
    try {
      const result = await change({ variables: { oldPassword, newPassword } });
      // the old token has ended with the old password: go on with the new one
      if (result.data?.changePassword) session.renew(result.data.changePassword);
      setOldPassword('');
      setNewPassword('');
      setRepeat('');
      setDone(true);
    } catch {
      // shown from `error`
    }
  }

  return (
    <div className="page page--narrow">
      <h1>{t('account.title')}</h1>
      <p className="lead">{t('account.lead')}</p>
      <form className="admin-form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">{t('account.old')}</span>
          <input
            type="password"
            value={oldPassword}
            onChange={(e) => setOldPassword(e.target.value)}
            required
            autoComplete="current-password"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('account.new')}</span>
          <input
            type="password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            required
            autoComplete="new-password"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('account.repeat')}</span>
          <input
            type="password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            required
            autoComplete="new-password"
          />
        </label>
        {problem && (
          <p className="notice notice--error" role="alert">
            {t(problem)}
          </p>
        )}
        {error && <ErrorNotice error={error} />}
        {done && (
          <p className="notice notice--info" role="status">
            {t('account.done')}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('account.submit')}
        </button>
      </form>
    </div>
  );
}
