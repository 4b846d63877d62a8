/**
 * Saved views stepped through as slides for a 協議体 or a 地域ケア会議: one map at a time, full screen if asked,
 * with the keys a presenter uses. Each slide is the view as this viewer may see it.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { useRouter } from '../../app/router';
import { snapshotOf, stepSlide } from '../../models/savedView';
import { Progress } from '../../ui/Progress';
import { MapPage } from '../map/MapPage';
import { savedViewQuery } from './views.graphql';
import './views.css';

export function SlidesPage({ ids, at = 0 }: { ids: readonly string[]; at?: number }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const index = Math.min(Math.max(0, at), ids.length - 1);
  const id = ids[index];
  const view = useQuery(savedViewQuery, { variables: { id } });
  // the next slide is fetched while this one is shown, so stepping does not wait
  useQuery(savedViewQuery, { variables: { id: ids[index + 1] ?? id }, skip: index + 1 >= ids.length });

  useEffect(
    function stepWithKeys() {
      const onKey = (event: KeyboardEvent) => {
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
        const next = stepSlide(index, ids.length, event.key);
        if (next === undefined || next === index) return;
        event.preventDefault();
        navigate({ name: 'slides', ids: [...ids], at: next }, { replace: true });
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [index, ids, navigate],
  );

  const go = (next: number) => navigate({ name: 'slides', ids: [...ids], at: next }, { replace: true });
  const saved = view.data?.savedView;

  return (
    <div className="slides">
      <div className="slides__bar">
        <h1 className="slides__title">
          {t('slides.title', { at: index + 1, count: ids.length, name: saved?.name ?? '…' })}
        </h1>
        <span className="slides__help">{t('slides.help')}</span>
        <button type="button" className="button button--small" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('slides.previous')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={index >= ids.length - 1}
          onClick={() => go(index + 1)}
        >
          {t('slides.next')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void document.documentElement.requestFullscreen?.()}
        >
          {t('slides.fullscreen')}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            navigate({ name: 'views' });
          }}
        >
          {t('slides.exit')}
        </button>
      </div>
      <div className="slides__stage">
        {view.error && <ErrorNotice error={view.error} />}
        {!view.data && !view.error && <Progress label={t('views.loading')} />}
        {saved && (
          <MapPage
            key={saved.id}
            areaId={saved.areaId}
            initial={{ ...snapshotOf(saved), title: saved.name }}
            presentation
          />
        )}
      </div>
    </div>
  );
}
