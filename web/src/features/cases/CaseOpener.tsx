/**
 * The way from a person, a household or a finding to their support case: a link to the open case when there is
 * one, else 「支援ケースを開く」 with the route in (a finding's subject comes by アウトリーチ). Offered only to those
 * who may write where the subject lives (models/cases.ts).
 */

import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link, useRouter } from '../../app/router';
import { useRights } from '../../app/session';
import type { CaseRoute } from '../../gql/graphql';
import { caseRouteLabels, mayWriteCase, openCaseAmong } from '../../models/cases';
import { seesPeople } from '../../models/permissions';
import { CodeSelect } from '../../ui/CodeSelect';
import { Dialog } from '../../ui/Dialog';
import { casesOfSubjectQuery, openCaseMutation } from './cases.graphql';

interface Props {
  subjectId: string;
  /** the subject's area: where the case is listed and whose coordinators may open it */
  areaId: string;
  defaultRoute?: CaseRoute;
}

export function CaseOpener({ subjectId, areaId, defaultRoute = 'OUTREACH' }: Props) {
  const { t } = useI18n();
  const rights = useRights();
  const allowed = seesPeople(rights);
  const { data } = useQuery(casesOfSubjectQuery, { variables: { areaId, subjectId }, skip: !allowed });
  const [open, setOpen] = useState(false);
  if (!allowed || !data) return null;
  const current = openCaseAmong(data.cases);
  if (current) {
    return (
      <Link className="button button--small" to={{ name: 'case', id: current.id }} data-testid="case-link">
        {t('case.openExisting')}
      </Link>
    );
  }
  if (!mayWriteCase(rights, areaId)) return null;
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)} data-testid="case-open">
        {t('case.open')}
      </button>
      <Dialog title={t('case.openTitle')} open={open} onClose={() => setOpen(false)} closeLabel={t('common.close')}>
        <OpenCaseForm subjectId={subjectId} defaultRoute={defaultRoute} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function OpenCaseForm({
  subjectId,
  defaultRoute,
  onClose,
}: {
  subjectId: string;
  defaultRoute: CaseRoute;
  onClose(): void;
}) {
  const { t, l } = useI18n();
  const { navigate } = useRouter();
  const [route, setRoute] = useState<CaseRoute>(defaultRoute);
  const [direction, setDirection] = useState('');
  const [openCase, { loading, error }] = useMutation(openCaseMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await openCase({
        variables: { input: { subjectId, route, direction: direction.trim() || null } },
      });
      if (result.data) navigate({ name: 'case', id: result.data.openCase.id });
    } catch {
      // shown below
    }
  }

  return (
    <form onSubmit={submit} data-testid="open-case-form">
      <p className="hint">{t('case.openLead')}</p>
      <CodeSelect label={t('case.route')} labels={caseRouteLabels} value={route} onChange={setRoute} say={l} />
      <label className="field">
        <span className="field__label">{t('case.direction')}</span>
        <textarea rows={3} value={direction} onChange={(event) => setDirection(event.target.value)} />
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('case.opening') : t('case.open')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
