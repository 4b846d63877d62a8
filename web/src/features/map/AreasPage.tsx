/** The first screen after login: every area the viewer may see, as the tier tree, with links to map and report. */
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useViewer } from '../../app/session';
import { workingScope } from '../../models/areaTree';
import { Progress } from '../../ui/Progress';
import { AreaTree } from './AreaTree';
import { areasQuery } from './areas.graphql';

export function AreasPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(areasQuery);
  const areas = data?.areas ?? [];
  const tier1 = areas.filter((area) => area.tier === 1).map((area) => area.id);
  const scope = workingScope(areas, useViewer().areaIds);
  return (
    <div className="page page--narrow">
      <h1>{t('areas.title')}</h1>
      <p className="lead">{t('areas.lead')}</p>
      {loading && !data && <Progress label={t('common.loading')} />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {data && areas.length === 0 && <p className="notice notice--info">{t('areas.empty')}</p>}
      {areas.length > 0 && (
        <AreaTree
          areas={areas}
          label={t('areas.title')}
          initiallyOpen={tier1}
          opensMap={(area) => !scope || scope.has(area.id)}
          actions={(area) =>
            scope && !scope.has(area.id) ? null : (
              <>
                <Link
                  to={{ name: 'map', areaId: area.id }}
                  className="button button--small"
                  aria-label={t('areas.openMapOf', { name: area.name })}
                >
                  {t('areas.openMap')}
                </Link>
                <Link
                  to={{ name: 'report', areaId: area.id }}
                  className="button button--small button--ghost"
                  aria-label={t('areas.openReportOf', { name: area.name })}
                >
                  {t('areas.openReport')}
                </Link>
                <Link
                  to={{ name: 'directory', areaId: area.id }}
                  className="button button--small button--ghost"
                  aria-label={t('areas.openDirectoryOf', { name: area.name })}
                >
                  {t('areas.openDirectory')}
                </Link>
              </>
            )
          }
        />
      )}
    </div>
  );
}
