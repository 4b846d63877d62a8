/**
 * 生活便利帳 (resource directory) of an area, to hand to residents: the organizations to turn to under each field
 * and the hubs under each kind, on A4 sheets in Japanese, with the same rows as CSV. Nothing about a person is in it.
 */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { toCsv } from '../../models/csv';
import {
  type Directory,
  directoryCsvRows,
  fieldTitle,
  hubsByKind,
  organizationsByField,
  servesText,
} from '../../models/directory';
import { type HsdsFormat, hsdsFileUrl } from '../../models/hsdsFile';
import { fieldLabels, labelOf, listSeparator } from '../../models/vocabulary';
import { downloadBlob } from '../../ui/download';
import { Progress } from '../../ui/Progress';
import { resourceDirectoryQuery } from './directory.graphql';
import './directory.css';

export function DirectoryPage({ areaId }: { areaId: string }) {
  const { t, lang } = useI18n();
  const answer = useQuery(resourceDirectoryQuery, { variables: { areaId } });
  const directory = answer.data?.resourceDirectory;
  const { token } = useSession();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<string>();

  function saveCsv(of: Directory) {
    downloadBlob(
      new Blob([toCsv(directoryCsvRows(of, lang))], { type: 'text/csv;charset=utf-8' }),
      `seikatsu-benricho_${of.area.name}_${of.asOf}.csv`,
    );
  }

  /** The same organizations and hubs as Open Referral HSDS, written by the server. */
  async function saveHsds(format: HsdsFormat) {
    setSaving(true);
    setFailed(undefined);
    try {
      const response = await fetch(hsdsFileUrl(areaId, format), { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) {
        const body = await response.json().catch(() => undefined);
        throw new Error(body?.errors?.[0]?.message ?? t('directory.hsdsFailed'));
      }
      const given = response.headers.get('content-disposition')?.match(/filename="([^"]+)"/)?.[1];
      downloadBlob(await response.blob(), given ?? `hsds-${areaId}.${format}`);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="page directory">
      <div className="directory__tools no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('directory.print')}
        </button>
        <button type="button" className="button" disabled={!directory} onClick={() => directory && saveCsv(directory)}>
          {t('directory.csv')}
        </button>
        <button type="button" className="button" disabled={saving} onClick={() => void saveHsds('zip')}>
          {t('directory.hsdsZip')}
        </button>
        <button type="button" className="button" disabled={saving} onClick={() => void saveHsds('json')}>
          {t('directory.hsdsJson')}
        </button>
        <Link to={{ name: 'home' }} className="button">
          {t('directory.back')}
        </Link>
        <p className="hint">{t('directory.hsdsHint')}</p>
        {failed && <p role="alert">{failed}</p>}
      </div>
      <div className="sheet">
        {answer.loading && !directory && <Progress label={t('directory.loading')} />}
        {answer.error && <ErrorNotice error={answer.error} onRetry={() => void answer.refetch()} />}
        {directory && <DirectorySheet directory={directory} />}
      </div>
    </div>
  );
}

function DirectorySheet({ directory }: { directory: Directory }) {
  const { t, lang } = useI18n();
  const fieldSections = organizationsByField(directory.organizations);
  const kindSections = hubsByKind(directory.hubs);
  return (
    <>
      <header className="directory__head">
        <h1>{t('directory.title', { name: directory.area.name })}</h1>
        <p className="directory__subtitle">{t('directory.subtitle')}</p>
        <p className="lead">{t('directory.asOf', { date: directory.asOf })}</p>
      </header>
      <section className="directory-section" aria-labelledby="directory-organizations">
        <h2 id="directory-organizations">{t('directory.organizations')}</h2>
        <p className="hint">{t('directory.organizationsLead')}</p>
        {fieldSections.length === 0 && <p>{t('directory.noOrganizations')}</p>}
        {fieldSections.map((section) => (
          <div className="directory-group" key={section.field ?? 'other'} data-testid="directory-field">
            <h3>{fieldTitle(section.field, lang)}</h3>
            <table className="directory-table directory-table--organizations">
              <thead>
                <tr>
                  <th scope="col">{t('directory.name')}</th>
                  <th scope="col">{t('directory.kind')}</th>
                  <th scope="col">{t('directory.fields')}</th>
                  <th scope="col">{t('directory.where')}</th>
                  <th scope="col">{t('directory.serves')}</th>
                </tr>
              </thead>
              <tbody>
                {section.organizations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      {o.name}
                      {o.nameKana && <span className="directory__kana">{o.nameKana}</span>}
                    </th>
                    <td>{o.kind}</td>
                    <td>{o.fields.map((f) => labelOf(fieldLabels, f, lang)).join(listSeparator[lang])}</td>
                    <td>{o.area?.name}</td>
                    <td>{servesText(o, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      <section className="directory-section" aria-labelledby="directory-hubs">
        <h2 id="directory-hubs">{t('directory.hubs')}</h2>
        <p className="hint">{t('directory.hubsLead')}</p>
        {kindSections.length === 0 && <p>{t('directory.noHubs')}</p>}
        {kindSections.map((section) => (
          <div className="directory-group" key={section.kind ?? 'other'} data-testid="directory-kind">
            <h3>{section.kind ?? fieldTitle(null, lang)}</h3>
            <table className="directory-table directory-table--hubs">
              <thead>
                <tr>
                  <th scope="col">{t('directory.name')}</th>
                  <th scope="col">{t('directory.where')}</th>
                  <th scope="col">{t('directory.what')}</th>
                  <th scope="col">{t('directory.runBy')}</th>
                </tr>
              </thead>
              <tbody>
                {section.hubs.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">
                      {h.name}
                      {h.nameKana && <span className="directory__kana">{h.nameKana}</span>}
                    </th>
                    <td>{h.area?.name}</td>
                    <td>{h.tags.join(listSeparator[lang])}</td>
                    <td>{h.operators.join(listSeparator[lang])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      <footer className="directory__foot">
        <p>{t('directory.notHeld')}</p>
        <p>{t('directory.source')}</p>
      </footer>
    </>
  );
}
