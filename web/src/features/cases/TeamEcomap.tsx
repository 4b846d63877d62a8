/** The case's subject at the centre of their ecomap: the team's ties (and the plan's) as the map draws them. */
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { ecomapDrawing } from '../../models/ecomap';
import { Progress } from '../../ui/Progress';
import { EcomapSvg } from '../ecomap/EcomapSvg';
import { ecomapQuery } from '../ecomap/ecomap.graphql';
import '../ecomap/ecomap.css';

export function TeamEcomap({ subject }: { subject: { id: string; kind: string; name?: string | null } }) {
  const { t } = useI18n();
  const centre = subject.kind === 'Household' ? { householdId: subject.id } : { personId: subject.id };
  const { data, loading, error, refetch } = useQuery(ecomapQuery, {
    variables: { ...centre, includeEnded: false },
    fetchPolicy: 'cache-and-network',
  });
  const drawing = useMemo(() => (data ? ecomapDrawing(data.ecomap, subject.id) : undefined), [data, subject.id]);
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !drawing) return <Progress label={t('ecomap.loading')} />;
  if (!drawing) return null;
  return (
    <figure className="case-ecomap">
      <EcomapSvg
        drawing={drawing}
        labels={new Map()}
        title={t('ecomap.figureLabel', { name: subject.name ?? subject.id })}
      />
    </figure>
  );
}
