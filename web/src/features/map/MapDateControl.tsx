/**
 * The map's days: a menu in the toolbar to choose the day shown (and an earlier day to compare with), and a banner
 * over the map whenever it is not today's, with what changed between the two days and the way back to today.
 * Offered only to roles the server lets look back (models/permissions.ts `mayLookBack`).
 */
import { useMemo } from 'react';
import { type I18n, useI18n } from '../../app/i18n';
import { ChangeSwatch } from '../../graph/Swatch';
import { isNode, type MapElement } from '../../models/network';
import { countChanges, formatDay } from '../../models/timeline';
import type { Lang } from '../../models/vocabulary';
import { DatePicker } from '../time/DatePicker';
import type { ShownDates } from '../time/useRouteDates';

/** What the map shows when it is not today's, in words (the banner's heading and the printed title's end). */
export function datesCaption(dates: ShownDates, t: I18n['t'], lang: Lang): string | undefined {
  if (dates.period)
    return t('time.bannerPeriod', { from: formatDay(dates.period.from, lang), to: formatDay(dates.period.to, lang) });
  return dates.asOf ? t('time.bannerAsOf', { date: formatDay(dates.asOf, lang) }) : undefined;
}

export function MapDateMenu({ dates }: { dates: ShownDates }) {
  const { t, lang } = useI18n();
  if (!dates.offered) return null;
  const label = dates.period
    ? t('time.buttonPeriod', { from: formatDay(dates.period.from, lang), to: formatDay(dates.period.to, lang) })
    : dates.asOf
      ? t('time.buttonAsOf', { date: formatDay(dates.asOf, lang) })
      : t('time.button');
  return (
    <details className="menu" data-testid="map-date-menu">
      <summary className="button button--small">{label}</summary>
      <div className="menu__body">
        <DatePicker dates={dates} compareLabel={t('time.mapCompare')} />
      </div>
    </details>
  );
}

/** The banner over a map that is not today's; the link's problem when its dates could not be used. */
export function MapDateBanner({ dates, base }: { dates: ShownDates; base: readonly MapElement[] }) {
  const { t, lang, n } = useI18n();
  const counts = useMemo(() => countChanges(base), [base]);
  if (dates.problem) {
    const problem = t(`time.problem.${dates.problem}` as 'time.problem.format');
    return (
      <p className="notice notice--warn map-date-banner" role="status">
        {dates.problem === 'role' ? problem : t('time.problemInLink', { problem })}
      </p>
    );
  }
  if (!dates.asOf && !dates.period) return null;
  return (
    <div className="notice notice--info map-date-banner" role="status" data-testid="map-date-banner">
      <strong>{datesCaption(dates, t, lang)}</strong>
      {dates.period && (
        <span className="map-date-banner__counts" data-testid="map-date-counts">
          <span>
            <ChangeSwatch change="began" />
            {t('time.countBegan', { count: n(counts.began) })}・
          </span>
          <span>
            <ChangeSwatch change="ended" />
            {t('time.countEnded', { count: n(counts.ended) })}
          </span>
        </span>
      )}
      {dates.period && base.some((element) => isNode(element) && element.data.anonymous) && (
        <span className="hint">{t('time.undated')}</span>
      )}
      {dates.asOf && <span className="hint">{t('time.findingsAsOf', { date: formatDay(dates.asOf, lang) })}</span>}
      <button type="button" className="button button--small" onClick={() => dates.show({})}>
        {t('time.today')}
      </button>
    </div>
  );
}
