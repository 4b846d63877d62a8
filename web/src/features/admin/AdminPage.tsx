/** The administrator's screen: who may use the app, with which role, in which areas; changing and adding them. */
import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { useViewer } from '../../app/session';
import { Progress } from '../../ui/Progress';
import { areasQuery } from '../map/areas.graphql';
import { AddUser } from './AddUser';
import { usersQuery } from './admin.graphql';
import { UserEditor } from './UserEditor';

export function AdminPage() {
  const { t, list } = useI18n();
  const viewer = useViewer();
  const users = useQuery(usersQuery, { skip: viewer.role !== 'ADMIN' });
  const areas = useQuery(areasQuery, { skip: viewer.role !== 'ADMIN' });
  const [editing, setEditing] = useState<string>();
  const nameOf = (id: string) => areas.data?.areas.find((a) => a.id === id)?.name ?? id;
  const refetch = () => void users.refetch();

  if (viewer.role !== 'ADMIN') return <p className="page notice notice--error">{t('admin.forbidden')}</p>;
  return (
    <div className="page page--narrow">
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.lead')}</p>
      {users.loading && !users.data && <Progress label={t('common.loading')} />}
      {users.error && <ErrorNotice error={users.error} onRetry={refetch} />}
      {users.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('admin.username')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.areas')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.users.map((user) => {
              const open = editing === user.username;
              return (
                <Fragment key={user.username}>
                  <tr>
                    <td>{user.username}</td>
                    <td>{t(`role.${user.role}` as MessageKey)}</td>
                    <td>{user.areaIds.length === 0 ? t('admin.allAreas') : list(user.areaIds.map(nameOf))}</td>
                    <td>{user.disabled ? t('admin.disabled') : t('admin.active')}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-expanded={open}
                        onClick={() => setEditing(open ? undefined : user.username)}
                      >
                        {open ? t('common.close') : t('admin.edit')}
                      </button>
                    </td>
                  </tr>
                  {open && (
                    <tr className="admin-editor-row">
                      <td colSpan={5}>
                        <UserEditor user={user} areas={areas.data?.areas ?? []} onChanged={refetch} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      <AddUser areas={areas.data?.areas ?? []} onAdded={refetch} />
    </div>
  );
}
