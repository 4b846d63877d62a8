/** 保留中: the findings of the area set aside, each with its reason and the day it comes back by itself. */
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { dismissReasonLabels } from '../../models/cases';
import { findingKindLabels, labelOf } from '../../models/vocabulary';
import { dismissedFindingsQuery } from './findings.graphql';

export function DismissedList({ areaId, refreshKey }: { areaId: string; refreshKey: number }) {
  const { t, lang } = useI18n();
  const { data } = useQuery(dismissedFindingsQuery, {
    variables: { areaId },
    // fetched again after each setting aside
    fetchPolicy: refreshKey === 0 ? 'cache-first' : 'network-only',
  });
  const list = data?.dismissedFindings ?? [];
  if (list.length === 0) return null;
  return (
    <details className="findings__dismissed" data-testid="dismissed-findings">
      <summary>{t('dismiss.listed', { count: list.length })}</summary>
      <ul>
        {list.map((finding) => (
          <li key={`${finding.kind}:${finding.subjectIds.join(',')}:${finding.field ?? ''}`}>
            <strong>{labelOf(findingKindLabels, finding.kind, lang)}</strong> {finding.explanation}
            <br />
            {t('dismiss.until', {
              reason: labelOf(dismissReasonLabels, finding.reason, lang),
              date: finding.revisitOn,
              by: finding.dismissedBy,
            })}
            {finding.note && ` ・ ${finding.note}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
