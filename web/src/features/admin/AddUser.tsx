/** Adding a user: a username, a first password, a role and the areas. */

import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import type { UserRole } from '../../app/session';
import { PasswordField } from '../../ui/PasswordField';
import { AccessFields, type AreaChoice } from './AccessFields';
import { createUserMutation } from './admin.graphql';

export function AddUser({ areas, onAdded }: { areas: AreaChoice[]; onAdded(): void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserRole>('COORDINATOR');
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<MessageKey>();
  const [done, setDone] = useState<string>();
  const [create, { loading, error, reset }] = useMutation(createUserMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    reset();
    if (password.length < 10) return setProblem('admin.shortPassword');
    if (role !== 'ADMIN' && areaIds.length === 0) return setProblem('admin.needAreas');
    setProblem(undefined);
    try {
      await create({
        variables: { input: { username: username.trim(), password, role, areaIds: role === 'ADMIN' ? [] : areaIds } },
      });
      setDone(username.trim());
      setUsername('');
      setPassword('');
      setAreaIds([]);
      onAdded();
    } catch {
      // shown below
    }
  }

  return (
    <form className="admin-form" onSubmit={submit}>
      <h2>{t('admin.add')}</h2>
      <label className="field">
        <span className="field__label">{t('admin.username')}</span>
        <input value={username} onChange={(event) => setUsername(event.target.value)} required autoComplete="off" />
      </label>
      <PasswordField label={t('admin.password')} value={password} onChange={setPassword} />
      <AccessFields name="add" role={role} areaIds={areaIds} areas={areas} onRole={setRole} onAreas={setAreaIds} />
      {problem && (
        <p className="notice notice--error" role="alert">
          {t(problem)}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {done && (
        <p className="notice notice--info" role="status">
          {t('admin.created', { username: done })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={loading}>
        {t('admin.create')}
      </button>
    </form>
  );
}
