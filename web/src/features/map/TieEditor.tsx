/** Editing ties from the detail panel: change strength, end date and note; add a tie to another node of the map. */
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MapElement, NodeData } from '../../models/network';
import { searchNodes } from '../../models/search';
import { kindLabels, strengthLabels, strengths, tieTypeLabels } from '../../models/vocabulary';
import { createTieMutation, type Tie, updateTieMutation } from './map.graphql';

export function EditTieForm({ tie, onDone }: { tie: Tie; onDone(saved: boolean): void }) {
  const { t, l } = useI18n();
  const [strength, setStrength] = useState(tie.strength);
  const [until, setUntil] = useState(tie.until ?? '');
  const [note, setNote] = useState(tie.note ?? '');
  const [update, { loading, error }] = useMutation(updateTieMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await update({ variables: { id: tie.id, input: { strength, until, note } } });
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
  const { t, l } = useI18n();
  const [type, setType] = useState(node.kind === 'Organization' ? 'SUPPORTS' : 'NEIGHBOR');
  const [query, setQuery] = useState('');
  const [otherId, setOtherId] = useState<string>();
  const [fromHere, setFromHere] = useState(true);
  const [strength, setStrength] = useState('NORMAL');
  const [missing, setMissing] = useState(false);
  const [create, { loading, error }] = useMutation(createTieMutation);
  const hits = useMemo(
    () =>
      searchNodes(elements, query, 50)
        .filter((hit) => hit.node.id !== node.id && allowed(hit.node))
        .slice(0, 8),
    [elements, query, node.id, allowed],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!otherId) {
      setMissing(true);
      return;
    }
    const [sourceId, targetId] = fromHere ? [node.id, otherId] : [otherId, node.id];
    try {
      await create({
        variables: { input: { sourceId, targetId, type, strength, since: new Date().toISOString().slice(0, 10) } },
      });
      onDone(true);
    } catch {
      // shown below
    }
  }

  return (
    <form className="tie-form" onSubmit={submit} aria-label={t('tie.add')}>
      <label className="field">
        <span className="field__label">{t('tie.type')}</span>
        <select value={type} onChange={(event) => setType(event.target.value)}>
          {Object.entries(tieTypeLabels).map(([code, label]) => (
            <option key={code} value={code}>
              {l(label)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('tie.other')}</span>
        <input
          value={query}
          placeholder={t('tie.otherHint')}
          onChange={(event) => {
            setQuery(event.target.value);
            setOtherId(undefined);
          }}
        />
      </label>
      {query && !otherId && (
        <ul className="pick-list">
          {hits.map((hit) => (
            <li key={hit.node.id}>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => {
                  setOtherId(hit.node.id);
                  setQuery(hit.node.label);
                  setMissing(false);
                }}
              >
                {hit.node.label}（{l(kindLabels[hit.node.kind])}）
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="inline-radios">
        <legend>{t('tie.direction')}</legend>
        <label className="check">
          <input type="radio" name="direction" checked={fromHere} onChange={() => setFromHere(true)} />
          {t('tie.fromHere')}
        </label>
        <label className="check">
          <input type="radio" name="direction" checked={!fromHere} onChange={() => setFromHere(false)} />
          {t('tie.toHere')}
        </label>
      </fieldset>
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
