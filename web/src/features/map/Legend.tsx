/** The map's legend: what each shape, colour and line means, with how many of each are shown. */
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { CategorySwatch, ChangeSwatch, KindSwatch, TierSwatch } from '../../graph/Swatch';
import { legendOf } from '../../models/legend';
import type { MapElement } from '../../models/network';
import { categoryLabels, kindLabels } from '../../models/vocabulary';

/** `children`: entries of the layers drawn over the map, after the map's own. */
export function Legend({ elements, children }: { elements: readonly MapElement[]; children?: ReactNode }) {
  const { t, l, n } = useI18n();
  const legend = legendOf(elements);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="panel-title">
        {t('legend.title')}
      </h2>
      <ul className="legend__list">
        <li>
          <TierSwatch tier={1} />
          <TierSwatch tier={2} />
          <TierSwatch tier={3} />
          <span>{t('legend.tiers')}</span>
        </li>
        {legend.kinds.map(({ kind, count }) => (
          <li key={kind}>
            <KindSwatch kind={kind} />
            <span>{l(kindLabels[kind])}</span>
            <span className="legend__count">{n(count)}</span>
          </li>
        ))}
        <li>
          <KindSwatch kind="Person" mark="minsei" />
          <span>{t('legend.minsei')}</span>
        </li>
        {legend.marks.includes('isolated') && (
          <li>
            <KindSwatch kind="Person" mark="isolated" />
            <span>{t('legend.isolated')}</span>
          </li>
        )}
        {legend.marks.includes('anonymous') && (
          <li>
            <KindSwatch kind="Person" mark="anonymous" />
            <span>{t('legend.anonymous')}</span>
          </li>
        )}
        {legend.categories.map(({ category, count }) => (
          <li key={category}>
            <CategorySwatch category={category} />
            <span>{category === 'suggested' ? t('legend.suggested') : l(categoryLabels[category])}</span>
            <span className="legend__count">{n(count)}</span>
          </li>
        ))}
        {legend.changes.map(({ change, count }) => (
          <li key={change} data-testid={`legend-${change}`}>
            <ChangeSwatch change={change} />
            <span>{t(change === 'began' ? 'time.began' : 'time.ended')}</span>
            <span className="legend__count">{n(count)}</span>
          </li>
        ))}
        {legend.marks.includes('ended') && (
          <li>
            <CategorySwatch category="informal" ended />
            <span>{t('legend.ended')}</span>
          </li>
        )}
        {legend.marks.includes('closed') && (
          <li>
            <TierSwatch tier={3} />
            <span>{t('legend.closed')}</span>
          </li>
        )}
        {children}
        <li className="legend__note">{t('legend.strength')}</li>
      </ul>
    </section>
  );
}
