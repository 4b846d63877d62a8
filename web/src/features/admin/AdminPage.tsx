/** The administrator's screen: who may use the app, with which role, in which areas; and adding someone. */
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { type UserRole, useViewer } from '../../app/session';
import { tierLabels } from '../../models/vocabulary';
import { Progress } from '../../ui/Progress';
import { areasQuery } from '../map/areas.graphql';
import { createUserMutation, usersQuery } from './admin.graphql';

const roles: UserRole[] = ['COORDINATOR', 'PLANNER', 'COUNCIL_MEMBER', 'ADMIN'];

export function AdminPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const users = useQuery(usersQuery, { skip: viewer.role !== 'ADMIN' });
  const areas = useQuery(areasQuery);
  const nameOf = (id: string) => areas.data?.areas.find((a) => a.id === id)?.name ?? id;

  if (viewer.role !== 'ADMIN') return <p className="page notice notice--error">{t('admin.forbidden')}</p>;
  return (
    <div className="page page--narrow">
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.lead')}</p>
      {users.loading && !users.data && <Progress label={t('common.loading')} />}
      {users.error && <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('admin.username')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.areas')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.users.map((user) => (
              <tr key={user.username}>
                <td>{user.username}</td>
                <td>{t(`role.${user.role}` as MessageKey)}</td>
                <td>{user.areaIds.length === 0 ? t('admin.allAreas') : user.areaIds.map(nameOf).join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddUser areas={areas.data?.areas ?? []} onAdded={() => void users.refetch()} />
    </div>
  );
}

function AddUser({ areas, onAdded }: { areas: { id: string; name: string; tier: number }[]; onAdded(): void }) {
  const { t, l } = useI18n();
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
      await create({ variables: { input: { username: username.trim(), password, role, areaIds: role === 'ADMIN' ? [] : areaIds } } });
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
      <label className="field">
        <span className="field__label">{t('admin.password')}</span>
        <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} required autoComplete="new-password" />
      </label>
      <fieldset>
        <legend>{t('admin.role')}</legend>
        {roles.map((code) => (
          <label key={code} className="check">
            <input type="radio" name="role" checked={role === code} onChange={() => setRole(code)} />
            <strong>{t(`role.${code}` as MessageKey)}</strong>
            <span className="hint">{t(`admin.roleHelp.${code}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
      {role !== 'ADMIN' && (
        <fieldset>
          <legend>{t('admin.areas')}</legend>
          <div className="chips">
            {areas.map((area) => (
              <button
                key={area.id}
                type="button"
                className="chip"
                aria-pressed={areaIds.includes(area.id)}
                onClick={() => setAreaIds((ids) => (ids.includes(area.id) ? ids.filter((id) => id !== area.id) : [...ids, area.id]))}
              >
                {l(tierLabels[area.tier])} {area.name}
              </button>
            ))}
          </div>
        </fieldset>
      )}
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
