/**
 * Search by name through the server (`mapSearch`): it finds what lies inside closed boxes too. A combobox whose
 * hits say their kind and where they lie; the one picked is drawn on the map and centred (Enter takes the first).
 */
import { useQuery } from '@apollo/client/react';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { KindSwatch } from '../../graph/Swatch';
import type { AreaSummary } from '../../models/areaTree';
import { hitPlace, mapSearchMaxLength, mapSearchText } from '../../models/search';
import { kindLabels, type NodeKind } from '../../models/vocabulary';
import { mapSearchQuery } from './map.graphql';

/** Milliseconds of no typing before the server is asked. */
const debounceMs = 250;

interface Props {
  areaId: string;
  /** The areas the viewer knows, to name where a hit lies. */
  areas: readonly AreaSummary[];
  onPick(id: string): void;
}

export function SearchBox({ areaId, areas, onPick }: Props) {
  const { t, l } = useI18n();
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState<string>();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();

  useEffect(
    function askWhenTypingStops() {
      const text = mapSearchText(query);
      const timer = window.setTimeout(() => setAsked(text), text ? debounceMs : 0);
      return () => window.clearTimeout(timer);
    },
    [query],
  );
  const result = useQuery(mapSearchQuery, {
    variables: { areaId, text: asked ?? '' },
    skip: !asked,
    fetchPolicy: 'cache-first',
  });
  const hits = asked ? (result.data?.mapSearch ?? result.previousData?.mapSearch ?? []) : [];
  const names = useMemo(() => new Map(areas.map((area) => [area.id, area.name])), [areas]);
  const waiting = Boolean(mapSearchText(query)) && (asked !== mapSearchText(query) || result.loading);
  // Enter before the answer came: the first hit is taken when it comes
  const [enterPending, setEnterPending] = useState(false);

  function pick(index: number) {
    const hit = hits[index];
    if (!hit) return;
    onPick(hit.id);
    setOpen(false);
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the answer comes; pick reads the hits
  useEffect(
    function takeTheFirstHitAfterEnter() {
      if (!enterPending || waiting) return;
      setEnterPending(false);
      pick(0);
    },
    [enterPending, waiting],
  );

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
      if (waiting) setEnterPending(true);
      else pick(active);
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
        maxLength={mapSearchMaxLength}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setEnterPending(false);
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
          {waiting && hits.length === 0 && <li className="search__none">{t('search.searching')}</li>}
          {!waiting && result.error && <li className="search__none">{t('search.failed')}</li>}
          {!waiting && !result.error && hits.length === 0 && <li className="search__none">{t('search.none')}</li>}
          {hits.map((hit, index) => {
            const kind = (hit.kind in kindLabels ? hit.kind : 'Person') as NodeKind;
            const place = hitPlace(hit.path, names);
            return (
              <li
                key={hit.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="search__hit"
                data-testid="map-search-hit"
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(index);
                }}
              >
                <KindSwatch kind={kind} />
                <span className="search__name">{hit.label}</span>
                <span className="search__kind">{l(kindLabels[kind])}</span>
                {place && <span className="search__place">{place}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <span className="visually-hidden" aria-live="polite">
        {showList && !waiting
          ? hits.length === 0
            ? t('search.none')
            : t('search.results', { count: hits.length })
          : ''}
      </span>
    </div>
  );
}
