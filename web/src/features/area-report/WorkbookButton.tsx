/**
 * The 地域カルテ as one Excel workbook, from the server (GET /api/report/workbook): the same figures as the tables
 * and their CSV downloads, masked for the viewer's role as they are.
 */
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import type { AreaReport } from '../../models/areaReport';
import { reportWorkbookName, reportWorkbookUrl } from '../../models/reportTables';
import { downloadBlob } from '../../ui/download';

export function WorkbookButton({ report }: { report: AreaReport }) {
  const { t } = useI18n();
  const { token } = useSession();
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState<string>();

  async function download() {
    setWorking(true);
    setFailed(undefined);
    try {
      const response = await fetch(reportWorkbookUrl(report), { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) {
        const body = await response.json().catch(() => undefined);
        throw new Error(body?.errors?.[0]?.message ?? t('report.xlsxFailed'));
      }
      downloadBlob(await response.blob(), reportWorkbookName(report));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--small report__csv no-print"
        aria-label={t('report.xlsxOf')}
        disabled={working}
        onClick={download}
        data-testid="report-xlsx"
      >
        {working ? t('report.xlsxWorking') : t('report.xlsx')}
      </button>
      {failed && (
        <span className="notice notice--error no-print" role="alert">
          {failed}
        </span>
      )}
    </>
  );
}
