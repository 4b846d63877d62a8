/**
 * データ取込 (ADMIN): a town bundle from the browser — a folder of CSV files or a .zip — checked by a dry run that
 * lists every located problem and what would be written, then imported all or nothing; and the whole town's export
 * as a zip. Other roles are told plainly that this is the administrator's.
 */
import { useApolloClient } from '@apollo/client/react';
import { type ChangeEvent, useState } from 'react';
import { workbookType } from '../../../../server/shared/workbookType';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { useRights, useSession } from '../../app/session';
import {
  type ChosenFile,
  csvFiles,
  type ImportAnswer,
  isWorkbookName,
  problemPlace,
  readImportAnswer,
  uploadBytes,
  uploadLimits,
  zipFolder,
} from '../../models/bundleTransfer';
import { transfersBundles } from '../../models/permissions';
import { downloadBlob, today } from '../../ui/download';
import { Progress } from '../../ui/Progress';
import './editing.css';

const megabytes = (bytes: number) => String(Math.round(bytes / (1024 * 1024)));

/** What was chosen, zipped as it is sent (a workbook is sent as it is: an .xlsx is a zip itself). */
interface Upload {
  what: string;
  zip: Uint8Array;
  workbook?: boolean;
}

export function ImportPage() {
  const { t } = useI18n();
  const rights = useRights();
  if (!transfersBundles(rights)) {
    return (
      <div className="page import-page">
        <h1>{t('import.title')}</h1>
        <p className="notice notice--info">{t('import.adminOnly')}</p>
      </div>
    );
  }
  return (
    <div className="page import-page">
      <h1>{t('import.title')}</h1>
      <ImportSection />
      <ExportSection />
    </div>
  );
}

function ImportSection() {
  const { t, n } = useI18n();
  const { token } = useSession();
  const client = useApolloClient();
  const [upload, setUpload] = useState<Upload>();
  const [choiceProblem, setChoiceProblem] = useState<string>();
  const [running, setRunning] = useState<'dry-run' | 'commit'>();
  const [answer, setAnswer] = useState<ImportAnswer>();
  const [sendError, setSendError] = useState<unknown>();

  function choose(next: Upload | undefined, problem?: string) {
    setAnswer(undefined);
    setSendError(undefined);
    setChoiceProblem(problem);
    setUpload(next && next.zip.length > uploadBytes ? undefined : next);
    if (next && next.zip.length > uploadBytes)
      setChoiceProblem(t('import.tooLarge', { upload: megabytes(uploadBytes) }));
  }

  async function chooseFolder(event: ChangeEvent<HTMLInputElement>) {
    const files = csvFiles([...(event.target.files ?? [])]);
    if (files.length === 0) return choose(undefined, t('import.noCsv'));
    const chosen: ChosenFile[] = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    const folder = files[0].webkitRelativePath.split('/')[0] || '';
    choose({ what: t('import.files', { name: folder, count: String(files.length) }), zip: zipFolder(chosen) });
  }

  async function chooseZip(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return choose(undefined);
    if (file.size > uploadBytes) return choose(undefined, t('import.tooLarge', { upload: megabytes(uploadBytes) }));
    choose({ what: file.name, zip: new Uint8Array(await file.arrayBuffer()), workbook: isWorkbookName(file.name) });
  }

  async function send(mode: 'dry-run' | 'commit') {
    if (!upload) return;
    setRunning(mode);
    setSendError(undefined);
    try {
      const response = await fetch(`/api/bundle/import?mode=${mode}`, {
        method: 'POST',
        headers: {
          'content-type': upload.workbook ? workbookType : 'application/zip',
          authorization: `Bearer ${token}`,
        },
        body: new Blob([upload.zip as Uint8Array<ArrayBuffer>]),
      });
      const body = await response.json().catch(() => undefined);
      const read = readImportAnswer(response.status, body);
      setAnswer(read);
      // the map, the areas and the findings show what was imported
      if (mode === 'commit' && read.kind === 'plan') await client.refetchQueries({ include: 'active' });
    } catch (error) {
      setSendError(error);
    } finally {
      setRunning(undefined);
    }
  }

  const checked = answer?.kind === 'plan' && answer.dryRun;
  const committed = answer?.kind === 'plan' && !answer.dryRun;
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('nav.import')}</h2>
      <p>{t('import.lead')}</p>
      <p className="hint">
        {t('import.encodings', { upload: megabytes(uploadBytes), total: megabytes(uploadLimits.totalBytes) })}
      </p>
      <div className="import-choose">
        <label className="field">
          <span className="field__label">{t('import.folder')}</span>
          <input
            type="file"
            data-testid="import-folder"
            onChange={chooseFolder}
            {...{ webkitdirectory: '', directory: '' }}
            multiple
          />
        </label>
        <label className="field">
          <span className="field__label">{t('import.zip')}</span>
          <input
            type="file"
            data-testid="import-zip"
            accept={`.zip,application/zip,.xlsx,${workbookType}`}
            onChange={chooseZip}
          />
        </label>
      </div>
      {upload && <p>{t('import.chosen', { what: upload.what })}</p>}
      {choiceProblem && (
        <p className="notice notice--error" role="alert">
          {choiceProblem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={!upload || Boolean(running)}
          onClick={() => send('dry-run')}
        >
          {t('import.dryRun')}
        </button>
        <button type="button" className="button" disabled={!checked || Boolean(running)} onClick={() => send('commit')}>
          {t('import.commit')}
        </button>
        {running && <Progress inline label={running === 'dry-run' ? t('import.checking') : t('import.importing')} />}
      </div>
      {sendError !== undefined && <ErrorNotice error={sendError} />}
      {answer?.kind === 'error' && <ErrorNotice error={answer.error} />}
      {answer?.kind === 'problems' && (
        <div data-testid="import-problems">
          <p className="notice notice--error" role="alert">
            {t('import.problems', { count: n(answer.problems.length) })}
          </p>
          <table className="import-table">
            <thead>
              <tr>
                <th>{t('import.file')}</th>
                <th>{t('import.line')}</th>
                <th>{t('import.column')}</th>
                <th>{t('import.value')}</th>
                <th>{t('import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.problems.map((problem) => (
                <tr key={`${problem.file}:${problem.line}:${problem.column}:${problem.message}`}>
                  <td className="place">{problemPlace(problem)}</td>
                  <td className="number">{problem.line}</td>
                  <td>
                    {problem.column > 0 ? problem.column : '—'}
                    {problem.columnName && ` (${problem.columnName})`}
                  </td>
                  <td>{problem.value}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {answer?.kind === 'plan' && (
        <div data-testid="import-plan">
          <p className="notice notice--info" role="status">
            {committed ? t('import.done') : t('import.plan')}
          </p>
          <table className="import-table">
            <thead>
              <tr>
                <th>{t('import.file')}</th>
                <th>{t('import.rows')}</th>
                <th>{t('import.created')}</th>
                <th>{t('import.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.files.map((file) => (
                <tr key={file.file}>
                  <td>{file.file}</td>
                  <td className="number">{n(file.rows)}</td>
                  <td className="number">{n(file.created)}</td>
                  <td className="number">{n(file.updated)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ExportSection() {
  const { t } = useI18n();
  const { token } = useSession();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>();

  async function download(format: 'zip' | 'xlsx') {
    setRunning(true);
    setError(undefined);
    try {
      const url = format === 'xlsx' ? '/api/bundle/export?format=xlsx' : '/api/bundle/export';
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) {
        const read = readImportAnswer(response.status, await response.json().catch(() => undefined));
        setError(read.kind === 'error' ? read.error : undefined);
        return;
      }
      const name = response.headers.get('content-disposition')?.match(/filename="([^"]+)"/)?.[1];
      downloadBlob(await response.blob(), name ?? `tsunagari-bundle-${today()}.${format}`);
    } catch (thrown) {
      setError(thrown);
    } finally {
      setRunning(false);
    }
  }

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.title')}</h2>
      <p>{t('export.lead')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={running} onClick={() => download('zip')}>
          {t('export.download')}
        </button>
        <button
          type="button"
          className="button"
          disabled={running}
          onClick={() => download('xlsx')}
          data-testid="export-xlsx"
        >
          {t('export.downloadXlsx')}
        </button>
        {running && <Progress inline label={t('export.downloading')} />}
      </div>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  );
}
