/** What an administrator changes on one user: role and areas, a new password, disabling or enabling. */

import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { type UserRole, useViewer } from '../../app/session';
import { PasswordField } from '../../ui/PasswordField';
import { AccessFields, type AreaChoice } from './AccessFields';
import {
  changeUserAccessMutation,
  disableUserMutation,
  enableUserMutation,
  resetPasswordMutation,
  type User,
} from './admin.graphql';

interface Props {
  user: User;
  areas: AreaChoice[];
  onChanged(): void;
}

export function UserEditor({ user, areas, onChanged }: Props) {
  const { t } = useI18n();
  const self = useViewer().username === user.username;
  return (
    <div className="admin-editor" data-testid={`user-editor-${user.username}`}>
      <AccessForm user={user} areas={areas} onChanged={onChanged} />
      <PasswordReset username={user.username} />
      {!self && <DisableToggle user={user} onChanged={onChanged} />}
      {self && <p className="hint">{t('admin.selfHint')}</p>}
    </div>
  );
}

function AccessForm({ user, areas, onChanged }: Props) {
  const { t } = useI18n();
  const [role, setRole] = useState<UserRole>(user.role);
  const [areaIds, setAreaIds] = useState<string[]>(user.areaIds);
  const [problem, setProblem] = useState<MessageKey>();
  const [saved, setSaved] = useState(false);
  const [save, { loading, error, reset }] = useMutation(changeUserAccessMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    reset();
    if (role !== 'ADMIN' && areaIds.length === 0) return setProblem('admin.needAreas');
    setProblem(undefined);
    try {
      await save({ variables: { username: user.username, role, areaIds: role === 'ADMIN' ? [] : areaIds } });
      setSaved(true);
      onChanged();
    } catch {
      // shown below
    }
  }

  return (
    <form className="admin-form" onSubmit={submit}>
      <h3>{t('admin.access')}</h3>
      <AccessFields
        name={`edit-${user.username}`}
        role={role}
        areaIds={areaIds}
        areas={areas}
        onRole={setRole}
        onAreas={setAreaIds}
      />
      {problem && (
        <p className="notice notice--error" role="alert">
          {t(problem)}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {saved && (
        <p className="notice notice--info" role="status">
          {t('admin.saved')}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={loading}>
        {t('common.save')}
      </button>
    </form>
  );
}

function PasswordReset({ username }: { username: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<MessageKey>();
  const [done, setDone] = useState(false);
  const [resetPassword, { loading, error, reset }] = useMutation(resetPasswordMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    reset();
    if (password.length < 10) return setProblem('admin.shortPassword');
    setProblem(undefined);
    try {
      await resetPassword({ variables: { username, password } });
      setPassword('');
      setDone(true);
    } catch {
      // shown below
    }
  }

  return (
    <form className="admin-form" onSubmit={submit}>
      <h3>{t('admin.reset')}</h3>
      <p className="hint">{t('admin.resetHint')}</p>
      <PasswordField label={t('admin.newPassword')} value={password} onChange={setPassword} />
      {problem && (
        <p className="notice notice--error" role="alert">
          {t(problem)}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {done && (
        <p className="notice notice--info" role="status">
          {t('admin.resetDone', { username })}
        </p>
      )}
      <button type="submit" className="button" disabled={loading}>
        {t('admin.resetSubmit')}
      </button>
    </form>
  );
}

function DisableToggle({ user, onChanged }: { user: User; onChanged(): void }) {
  const { t } = useI18n();
  const [disable, disabling] = useMutation(disableUserMutation);
  const [enable, enabling] = useMutation(enableUserMutation);
  const error = disabling.error ?? enabling.error;

  async function toggle() {
    try {
      const variables = { username: user.username };
      if (user.disabled) await enable({ variables });
      else if (window.confirm(t('admin.disableConfirm', { username: user.username }))) await disable({ variables });
      onChanged();
    } catch {
      // shown below
    }
  }

  return (
    <div className="admin-form">
      <h3>{user.disabled ? t('admin.enable') : t('admin.disable')}</h3>
      <p className="hint">{user.disabled ? t('admin.enableHint') : t('admin.disableHint')}</p>
      {error && <ErrorNotice error={error} />}
      <button
        type="button"
        className="button"
        onClick={() => void toggle()}
        disabled={disabling.loading || enabling.loading}
      >
        {user.disabled ? t('admin.enable') : t('admin.disable')}
      </button>
    </div>
  );
}
