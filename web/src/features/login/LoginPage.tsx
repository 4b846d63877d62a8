/** The login screen: username and password for a bearer token. */
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSession } from '../../app/session';
import { loginMutation } from './login.graphql';

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [login, { loading, error, reset }] = useMutation(loginMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    reset();
    try {
      const result = await login({ variables: { username: username.trim(), password } });
      if (result.data?.login) session.signIn(result.data.login);
    } catch {
      // shown from `error`
    }
  }

  return (
    <main className="login" id="main">
      <div className="login__lang">
        <LanguageSwitch />
      </div>
      <form className="login__card" onSubmit={submit} aria-labelledby="login-title" noValidate>
        <h1 className="login__brand">
          <span lang="ja">つながり</span> <small>Tsunagari</small>
        </h1>
        <p className="login__lead">{t('login.lead')}</p>
        <h2 id="login-title" className="login__title">
          {t('login.title')}
        </h2>
        {session.endedBecause === 'expired' && <p className="notice notice--info">{t('login.expired')}</p>}
        {session.endedBecause === 'logout' && <p className="notice notice--info">{t('login.loggedOut')}</p>}
        {missing && (
          <p className="notice notice--error" role="alert">
            {t('login.missing')}
          </p>
        )}
        {error && <ErrorNotice error={error} context="login" />}
        <label className="field">
          <span className="field__label">{t('login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </label>
        <label className="field">
          <span className="field__label">{t('login.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        <button type="submit" className="button button--primary button--wide" disabled={loading}>
          {loading ? t('login.submitting') : t('login.submit')}
        </button>
        <p className="login__privacy">{t('login.privacy')}</p>
      </form>
    </main>
  );
}
