/** Areas side by side: a table of their figures and charts of the rates that matter most. */
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { type AreaReport, compareSeries, formatFigure } from '../../models/areaReport';
import { maskedRateLabel, shown } from '../../models/counts';
import { BarChart } from '../../ui/BarChart';

export function CompareAreas({
  title,
  areas,
  currentId,
}: {
  title: string;
  areas: readonly AreaReport[];
  currentId?: string;
}) {
  const { t, l, lang } = useI18n();
  const percent = (v: number) => formatFigure(v, 'percent', lang);
  const ratio = (v: number) => formatFigure(v, 'ratio', lang);
  return (
    <section className="report-section compare" aria-labelledby={`compare-${title}`}>
      <h2 id={`compare-${title}`}>{title}</h2>
      <div className="compare__charts">
        <BarChart
          title={t('report.isolationRate')}
          data={compareSeries(areas, 'isolationRate', currentId)}
          format={percent}
          emptyText={t('report.none')}
          maskedText={l(maskedRateLabel)}
          color="#B42318"
        />
        <BarChart
          title={t('report.hubsPer1000')}
          data={compareSeries(areas, 'hubsPer1000Elderly', currentId)}
          format={ratio}
          emptyText={t('report.none')}
          color="#E69F00"
        />
      </div>
      <div className="table-scroll">
        <table className="table compare__table">
          <thead>
            <tr>
              <th scope="col">{t('report.area')}</th>
              <th scope="col" className="num">
                {t('figures.population')}
              </th>
              <th scope="col" className="num">
                {t('figures.elderly')}
              </th>
              <th scope="col" className="num">
                {t('figures.peopleKnown')}
              </th>
              <th scope="col" className="num">
                {t('report.isolationRate')}
              </th>
              <th scope="col" className="num">
                {t('report.unmet')}
              </th>
              <th scope="col" className="num">
                {t('figures.hubs')}
              </th>
              <th scope="col" className="num">
                {t('report.hubsPer1000')}
              </th>
              <th scope="col" className="num">
                {t('figures.organizations')}
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.areaId} className={area.areaId === currentId ? 'is-current' : undefined}>
                <th scope="row">
                  <Link to={{ name: 'report', areaId: area.areaId }}>{area.name ?? area.areaId}</Link>
                </th>
                <td className="num">{formatFigure(area.population ?? undefined, 'count', lang)}</td>
                <td className="num">{formatFigure(area.elderly ?? undefined, 'count', lang)}</td>
                <td className="num">{formatFigure(shown(area.residentsKnown), 'count', lang)}</td>
                <td className="num">{formatFigure(shown(area.isolationRate), 'percent', lang)}</td>
                <td className="num">{formatFigure(shown(area.peopleWithUnmetNeeds), 'count', lang)}</td>
                <td className="num">{formatFigure(area.hubs, 'count', lang)}</td>
                <td className="num">{formatFigure(area.hubsPer1000Elderly ?? undefined, 'ratio', lang)}</td>
                <td className="num">{formatFigure(area.organizations, 'count', lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
