/** Search by name: a combobox whose results centre the map on the node picked (Enter takes the first). */
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { KindSwatch } from '../../graph/Swatch';
import type { MapElement } from '../../models/network';
import { searchNodes } from '../../models/search';
import { kindLabels } from '../../models/vocabulary';

interface Props {
  elements: readonly MapElement[];
  onPick(id: string): void;
}

export function SearchBox({ elements, onPick }: Props) {
  const { t, l } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits = useMemo(() => searchNodes(elements, query, 10), [elements, query]);

  function pick(index: number) {
    const hit = hits[index];
    if (!hit) return;
    onPick(hit.node.id);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const showList = open && query.trim().length > 0;
  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        data-testid="map-search"
      />
      {showList && (
        <ul className="search__results" id={listId} role="listbox" aria-label={t('search.label')}>
          {hits.length === 0 && <li className="search__none">{t('search.none')}</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.node.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="search__hit"
              onMouseDown={(event) => {
                event.preventDefault();
                pick(index);
              }}
            >
              <KindSwatch kind={hit.node.kind} />
              <span className="search__name">{hit.node.label}</span>
              <span className="search__kind">{l(kindLabels[hit.node.kind])}</span>
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" aria-live="polite">
        {showList ? (hits.length === 0 ? t('search.none') : t('search.results', { count: hits.length })) : ''}
      </span>
    </div>
  );
}
