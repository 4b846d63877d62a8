/**
 * 保存したビュー: the viewer's saved views of the map, to open, share by link, reorder, delete, and step through as
 * slides in a meeting (in the order chosen here).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link, useRouter } from '../../app/router';
import { routePath } from '../../models/route';
import { moved, snapshotOf, viewInput } from '../../models/savedView';
import { Progress } from '../../ui/Progress';
import { deleteViewMutation, savedViewsQuery, saveViewMutation } from './views.graphql';
import './views.css';

export function ViewsPage() {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const views = useQuery(savedViewsQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(saveViewMutation);
  const [remove, removing] = useMutation(deleteViewMutation);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string>();
  const list = views.data?.savedViews ?? [];
  const chosen = list.filter((view) => picked.has(view.id)).map((view) => view.id);
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');

  async function move(id: string, by: -1 | 1) {
    const order = moved(list, id, by);
    for (const { id: viewId, position } of order) {
      const view = list.find((v) => v.id === viewId)!;
      if (view.position === position) continue;
      await save({ variables: { id: viewId, input: viewInput(view.name, snapshotOf(view), position) } });
    }
    await views.refetch();
  }

  async function drop(id: string, name: string) {
    if (!window.confirm(t('views.deleteConfirm', { name }))) return;
    await remove({ variables: { id } });
    setPicked((previous) => new Set([...previous].filter((v) => v !== id)));
    await views.refetch();
  }

  async function copyLink(id: string) {
    await navigator.clipboard.writeText(new URL(routePath({ name: 'view', id }), window.location.origin).href);
    setNotice(t('views.copied'));
  }

  return (
    <div className="page">
      <h1>{t('views.title')}</h1>
      <p className="lead">{t('views.lead')}</p>
      {views.loading && !views.data && <Progress label={t('common.loading')} />}
      {views.error && <ErrorNotice error={views.error} onRetry={() => void views.refetch()} />}
      {(saving.error ?? removing.error) && <ErrorNotice error={saving.error ?? removing.error!} />}
      {notice && (
        <p className="notice notice--info" role="status">
          {notice}
        </p>
      )}
      {views.data && list.length === 0 && <p className="notice notice--info">{t('views.empty')}</p>}
      {list.length > 0 && (
        <>
          <table className="table views-table">
            <thead>
              <tr>
                <th scope="col">{t('views.pick')}</th>
                <th scope="col">{t('views.name')}</th>
                <th scope="col">{t('views.area')}</th>
                <th scope="col">{t('views.updated')}</th>
                <th scope="col">{t('views.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((view, index) => (
                <tr key={view.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('views.pick')}: ${view.name}`}
                      checked={picked.has(view.id)}
                      onChange={(event) =>
                        setPicked((previous) => {
                          const next = new Set(previous);
                          if (event.target.checked) next.add(view.id);
                          else next.delete(view.id);
                          return next;
                        })
                      }
                    />
                  </td>
                  <td>
                    <Link to={{ name: 'view', id: view.id }}>{view.name}</Link>
                  </td>
                  <td>{view.areaName}</td>
                  <td>{when(view.updatedAt)}</td>
                  <td className="views-table__actions">
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      disabled={index === 0 || saving.loading}
                      onClick={() => void move(view.id, -1)}
                    >
                      {t('views.up')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      disabled={index === list.length - 1 || saving.loading}
                      onClick={() => void move(view.id, 1)}
                    >
                      {t('views.down')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      onClick={() => void copyLink(view.id)}
                    >
                      {t('views.copyLink')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--ghost views-table__delete"
                      disabled={removing.loading}
                      onClick={() => void drop(view.id, view.name)}
                    >
                      {t('views.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button"
            disabled={chosen.length === 0}
            onClick={() => navigate({ name: 'slides', ids: chosen })}
          >
            {t('views.slides', { count: chosen.length })}
          </button>
        </>
      )}
    </div>
  );
}
