/**
 * The date form of the map and the ecomap: the day shown and, to compare, an earlier day. Refuses what the server
 * would refuse (not a date, after today, an earlier day that is not earlier) with the reason next to the field.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { dateProblem, periodProblem } from '../../models/timeline';
import type { ShownDates } from './useRouteDates';
import './time.css';

export function DatePicker({
  dates,
  compareLabel,
  inline = false,
}: {
  dates: ShownDates;
  compareLabel: string;
  /** In a row (the ecomap's tools) rather than a column (the map's menu). */
  inline?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [asOf, setAsOf] = useState(dates.asOf ?? dates.today);
  const [comparing, setComparing] = useState(Boolean(dates.period));
  const [from, setFrom] = useState(dates.period?.from ?? '');
  const [problem, setProblem] = useState<string>();

  const shownFrom = dates.period?.from;
  useEffect(
    function followTheUrl() {
      setAsOf(dates.asOf ?? dates.today);
      setComparing(shownFrom !== undefined);
      setFrom(shownFrom ?? '');
      setProblem(undefined);
    },
    [dates.asOf, dates.today, shownFrom],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = comparing ? periodProblem({ from, to: asOf }, dates.today) : dateProblem(asOf, dates.today);
    setProblem(found);
    if (!found) dates.show({ asOf, from: comparing ? from : undefined });
  }

  return (
    <form
      className={`date-picker${inline ? ' date-picker--inline' : ''}`}
      onSubmit={submit}
      aria-label={t('time.title')}
      noValidate
    >
      <label htmlFor={`${id}-asof`}>{t('time.asOf')}</label>
      <input
        id={`${id}-asof`}
        type="date"
        value={asOf}
        max={dates.today}
        onChange={(event) => setAsOf(event.target.value)}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        data-testid="date-asof"
      />
      <label className="check">
        <input
          type="checkbox"
          checked={comparing}
          onChange={(event) => setComparing(event.target.checked)}
          data-testid="date-compare"
        />
        {compareLabel}
      </label>
      {comparing && (
        <>
          <label htmlFor={`${id}-from`}>{t('time.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            max={dates.today}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={problem !== undefined}
            data-testid="date-from"
          />
        </>
      )}
      {problem && (
        <p id={`${id}-problem`} className="notice notice--error" role="alert">
          {t(`time.problem.${problem}` as 'time.problem.format')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--small button--primary" data-testid="date-apply">
          {t('time.apply')}
        </button>
        {(dates.asOf || dates.period) && (
          <button type="button" className="button button--small" onClick={() => dates.show({})}>
            {t('time.today')}
          </button>
        )}
      </div>
    </form>
  );
}
