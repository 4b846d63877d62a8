/** The key figures of a report as cards, each with its change since a year before. */
import { useI18n } from '../../app/i18n';
import { changeDirection, type Figure, formatChange, formatFigure } from '../../models/areaReport';

export function KeyFigures({ figures }: { figures: readonly Figure[] }) {
  const { l, t, lang } = useI18n();
  return (
    <dl className="key-figures">
      {figures.map((figure) => {
        const change = formatChange(figure.change, figure.format, lang);
        const direction = changeDirection(figure);
        return (
          <div
            key={figure.key}
            className={`key-figure key-figure--${figure.key}${figure.value === 'masked' ? ' key-figure--masked' : ''}`}
          >
            <dt>{l(figure.label)}</dt>
            <dd>
              <span className="key-figure__value">{formatFigure(figure.value, figure.format, lang)}</span>
              {change && (
                <span className={`key-figure__change key-figure__change--${direction || 'same'}`}>
                  {lang === 'ja' ? '（' : ' ('}
                  {change}
                  {direction && ` ${t(direction === 'better' ? 'report.better' : 'report.worse')}`}
                  {lang === 'ja' ? '）' : ')'}
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
