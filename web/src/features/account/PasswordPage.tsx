/** The logged-in user changes their own password: the current one, then the new one twice. */

import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { useSession } from '../../app/session';
import { PasswordField } from '../../ui/PasswordField';
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
        <PasswordField label={t('account.old')} value={oldPassword} onChange={setOldPassword} current />
        <PasswordField label={t('account.new')} value={newPassword} onChange={setNewPassword} />
        <PasswordField label={t('account.repeat')} value={repeat} onChange={setRepeat} />
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
