/**
 * Editing ties from the detail panel: change dates, strength and note; end a tie (kept in the history); add a tie to
 * another node of the map, of a type that fits the two ends.
 */
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { today } from '../../../../server/shared/dates';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MapElement, NodeData } from '../../models/network';
import { searchNodes } from '../../models/search';
import { type TieWay, tieEnds, tieTypesBetween, tieWays } from '../../models/tieForm';
import { kindLabels, strengthLabels, strengths, tieTypeLabels } from '../../models/vocabulary';
import { createTieMutation, type Tie, updateTieMutation } from './map.graphql';

export function EditTieForm({ tie, onDone }: { tie: Tie; onDone(saved: boolean): void }) {
  const { t, l } = useI18n();
  const [strength, setStrength] = useState(tie.strength);
  const [since, setSince] = useState(tie.since ?? '');
  const [until, setUntil] = useState(tie.until ?? '');
  const [note, setNote] = useState(tie.note ?? '');
  const [update, { loading, error }] = useMutation(updateTieMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await update({ variables: { id: tie.id, input: { strength, since, until, note } } });
      onDone(true);
    } catch {
      // shown below
    }
  }

  return (
    <form className="tie-form" onSubmit={submit} aria-label={t('tie.editTitle')}>
      <label className="field">
        <span className="field__label">{t('tie.strength')}</span>
        <select value={strength} onChange={(event) => setStrength(event.target.value)}>
          {strengths.map((code) => (
            <option key={code} value={code}>
              {l(strengthLabels[code])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('tie.since')}</span>
        <input type="date" value={since} onChange={(event) => setSince(event.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('tie.until')}</span>
        <input type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('tie.note')}</span>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={loading}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--small" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

interface AddProps {
  node: NodeData;
  elements: readonly MapElement[];
  /** The nodes the viewer may tie this one to (both ends in their areas). */
  allowed(other: NodeData): boolean;
  onDone(saved: boolean): void;
}

export function AddTieForm({ node, elements, allowed, onDone }: AddProps) {
  const { t, l, aside } = useI18n();
  const [type, setType] = useState<string>();
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<NodeData>();
  const [way, setWay] = useState<TieWay>('fromHere');
  const [strength, setStrength] = useState('NORMAL');
  const [since, setSince] = useState(() => today());
  const [missing, setMissing] = useState(false);
  const [create, { loading, error }] = useMutation(createTieMutation);
  const hits = useMemo(
    () =>
      searchNodes(elements, query, 50)
        .filter(
          (hit) => hit.node.id !== node.id && allowed(hit.node) && tieTypesBetween(node.kind, hit.node.kind).length > 0,
        )
        .slice(0, 8),
    [elements, query, node.id, node.kind, allowed],
  );
  // only the types that fit the two ends, and a direction only where both fit and it means something
  const types = other ? tieTypesBetween(node.kind, other.kind) : [];
  const chosen = type && types.includes(type as (typeof types)[number]) ? type : types[0];
  const ways = chosen && other ? tieWays(chosen, node.kind, other.kind) : [];
  const chosenWay = ways.includes(way) ? way : ways[0];

  function pick(hit: NodeData) {
    setOther(hit);
    setQuery(hit.label);
    setMissing(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!other || !chosen || !chosenWay) {
      setMissing(true);
      return;
    }
    const [sourceId, targetId] = tieEnds(node.id, other.id, chosenWay);
    try {
      await create({ variables: { input: { sourceId, targetId, type: chosen, strength, since: since || null } } });
      onDone(true);
    } catch {
      // shown below
    }
  }

  return (
    <form className="tie-form" onSubmit={submit} aria-label={t('tie.add')}>
      <label className="field">
        <span className="field__label">{t('tie.other')}</span>
        <input
          value={query}
          placeholder={t('tie.otherHint')}
          onChange={(event) => {
            setQuery(event.target.value);
            setOther(undefined);
          }}
        />
      </label>
      {query && !other && (
        <ul className="pick-list">
          {hits.map((hit) => (
            <li key={hit.node.id}>
              <button type="button" className="button button--ghost button--small" onClick={() => pick(hit.node)}>
                {hit.node.label}
                {aside(l(kindLabels[hit.node.kind]))}
              </button>
            </li>
          ))}
        </ul>
      )}
      {other && (
        <>
          <label className="field">
            <span className="field__label">{t('tie.type')}</span>
            <select value={chosen} onChange={(event) => setType(event.target.value)}>
              {types.map((code) => (
                <option key={code} value={code}>
                  {l(tieTypeLabels[code])}
                </option>
              ))}
            </select>
          </label>
          {ways.length > 1 && (
            <fieldset className="inline-radios" data-testid="tie-direction">
              <legend>{t('tie.direction')}</legend>
              {ways.map((option) => (
                <label key={option} className="check">
                  <input type="radio" name="direction" checked={chosenWay === option} onChange={() => setWay(option)} />
                  {t(option === 'fromHere' ? 'tie.fromHere' : 'tie.toHere', { name: node.label, other: other.label })}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      <label className="field">
        <span className="field__label">{t('tie.strength')}</span>
        <select value={strength} onChange={(event) => setStrength(event.target.value)}>
          {strengths.map((code) => (
            <option key={code} value={code}>
              {l(strengthLabels[code])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('tie.since')}</span>
        <input type="date" value={since} max={today()} onChange={(event) => setSince(event.target.value)} />
      </label>
      {missing && (
        <p className="notice notice--error" role="alert">
          {t('tie.pickOther')}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={loading}>
          {t('tie.add')}
        </button>
        <button type="button" className="button button--small" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Ends a tie today, after asking: it stays in the history (the map's 終了したつながりも表示, the ecomap's dates)
 * rather than being deleted; the server's write policy decides, as for every change of a tie.
 */
export function EndTieButton({ tie, onDone }: { tie: Tie; onDone(saved: boolean): void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [update, { loading, error }] = useMutation(updateTieMutation);
  if (!asking) {
    return (
      <button type="button" className="link-button tie__edit" onClick={() => setAsking(true)}>
        {t('tie.end')}
      </button>
    );
  }
  async function end() {
    try {
      await update({ variables: { id: tie.id, input: { until: today() } } });
      onDone(true);
    } catch {
      // shown below
    }
  }
  return (
    <div className="tie-form" role="group" aria-label={t('tie.end')}>
      <p className="hint">{t('tie.endAsk')}</p>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="button" className="button button--primary button--small" disabled={loading} onClick={end}>
          {t('tie.endConfirm')}
        </button>
        <button type="button" className="button button--small" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
