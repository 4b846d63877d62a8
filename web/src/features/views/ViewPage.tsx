/** A saved view opened by its link: the map of its area as it was saved, as far as this viewer's role allows. */
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { snapshotOf } from '../../models/savedView';
import { Progress } from '../../ui/Progress';
import { MapPage } from '../map/MapPage';
import { savedViewQuery } from './views.graphql';

export function ViewPage({ id }: { id: string }) {
  const { t } = useI18n();
  const view = useQuery(savedViewQuery, { variables: { id } });
  if (view.error) return <ErrorNotice error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <Progress label={t('views.loading')} />;
  const saved = view.data.savedView;
  const snapshot = snapshotOf(saved);
  const title = saved.mine ? saved.name : t('views.sharedBy', { owner: saved.owner, name: saved.name });
  return <MapPage key={id} areaId={snapshot.areaId} initial={{ ...snapshot, title }} />;
}
