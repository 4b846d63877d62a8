/** 「この数字について」: what each figure of the 地域カルテ counts, written on the report itself. */
import { useI18n } from '../../app/i18n';
import { figureDefinitions } from './report.messages';

export function AboutFigures() {
  const { t, lang } = useI18n();
  return (
    <section className="report-section report__about" aria-labelledby="about-figures">
      <h2 id="about-figures">{t('report.about')}</h2>
      <dl>
        {figureDefinitions.map(([term, definition]) => (
          <div key={term.en}>
            <dt>{term[lang]}</dt>
            <dd>{definition[lang]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
