/** Filters of the map: kinds, tie categories, fields, ended ties and suggestions. */
import { useI18n } from '../../app/i18n';
import { CategorySwatch, KindSwatch } from '../../graph/Swatch';
import { defaultFilters, isFiltering, type MapFilters, toggled } from '../../models/filters';
import { categoryLabels, entityKinds, fieldLabels, fields, kindLabels, tieCategories } from '../../models/vocabulary';

interface Props {
  filters: MapFilters;
  onChange(filters: MapFilters): void;
  mayShowEnded: boolean;
  showSuggestions: boolean;
  onShowSuggestions(show: boolean): void;
}

export function FilterPanel({ filters, onChange, mayShowEnded, showSuggestions, onShowSuggestions }: Props) {
  const { t, l } = useI18n();
  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="panel-title">
        {t('filters.title')} {isFiltering(filters) && <span className="pill pill--warn">{t('filters.on')}</span>}
      </h2>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        {entityKinds.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={filters.kinds.includes(kind)}
              onChange={() => onChange({ ...filters, kinds: toggled(filters.kinds, kind, entityKinds) })}
            />
            <KindSwatch kind={kind} />
            {l(kindLabels[kind])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.categories')}</legend>
        {tieCategories.map((category) => (
          <label key={category} className="check">
            <input
              type="checkbox"
              checked={filters.categories.includes(category)}
              onChange={() =>
                onChange({ ...filters, categories: toggled(filters.categories, category, tieCategories) })
              }
            />
            <CategorySwatch category={category} />
            {l(categoryLabels[category])}
          </label>
        ))}
        {mayShowEnded && (
          <label className="check">
            <input
              type="checkbox"
              checked={filters.showEnded}
              onChange={(event) => onChange({ ...filters, showEnded: event.target.checked })}
            />
            {t('filters.ended')}
          </label>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={showSuggestions}
            onChange={(event) => onShowSuggestions(event.target.checked)}
          />
          <CategorySwatch category="suggested" />
          {t('filters.suggestions')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('filters.fields')}</legend>
        <p className="hint">{t('filters.fieldsHint')}</p>
        <div className="chips">
          {fields.map((field) => (
            <button
              key={field}
              type="button"
              className="chip"
              aria-pressed={filters.fields.includes(field)}
              onClick={() => onChange({ ...filters, fields: toggled(filters.fields, field, fields) })}
            >
              {l(fieldLabels[field])}
            </button>
          ))}
        </div>
      </fieldset>
      {isFiltering(filters) && (
        <button type="button" className="button button--small" onClick={() => onChange(defaultFilters)}>
          {t('filters.reset')}
        </button>
      )}
    </section>
  );
}
