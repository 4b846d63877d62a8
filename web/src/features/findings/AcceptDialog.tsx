/** Accepting a suggestion: choose which suggested links were made, add a note, record it. */
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { KindSwatch } from '../../graph/Swatch';
import { type FindingItem, findingName, type MissingLinkKind } from '../../models/findings';
import type { NodeData } from '../../models/network';
import { acceptableSuggestions, type Rights } from '../../models/permissions';
import { findingKindLabels } from '../../models/vocabulary';
import { Dialog } from '../../ui/Dialog';
import { acceptSuggestionMutation } from './findings.graphql';

interface Props {
  item: FindingItem | undefined;
  nodeById: ReadonlyMap<string, NodeData>;
  /** Only the suggestions the viewer may write are offered. */
  rights: Rights;
  onClose(): void;
  onAccepted(item: FindingItem): void;
}

/** What accepting does, for the kinds that do more than make a tie. */
const acceptHint: Partial<
  Record<
    FindingItem['kind'],
    'accept.hubMatch' | 'accept.helperMatch' | 'accept.consultationPoint' | 'accept.formalOnly'
  >
> = {
  HUB_MATCH: 'accept.hubMatch',
  HELPER_MATCH: 'accept.helperMatch',
  NO_CONSULTATION_POINT: 'accept.consultationPoint',
  FORMAL_ONLY: 'accept.formalOnly',
};

export function AcceptDialog({ item, nodeById, rights, onClose, onAccepted }: Props) {
  const { t, l } = useI18n();
  return (
    <Dialog title={t('accept.title')} open={Boolean(item)} onClose={onClose} closeLabel={t('common.close')}>
      {item && (
        <AcceptForm
          key={item.key}
          item={item}
          nodeById={nodeById}
          suggestedIds={acceptableSuggestions(rights, item, nodeById)}
          onClose={onClose}
          onAccepted={onAccepted}
          lead={l(findingKindLabels[item.kind])}
        />
      )}
    </Dialog>
  );
}

interface FormProps extends Omit<Props, 'item' | 'rights'> {
  item: FindingItem;
  /** The suggestions offered: those the viewer may write. */
  suggestedIds: string[];
  lead: string;
}

function AcceptForm({ item, nodeById, suggestedIds: offered, onClose, onAccepted, lead }: FormProps) {
  const { t, l, lang } = useI18n();
  const household = item.kind === 'UNCOORDINATED_HOUSEHOLD';
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(household ? offered : offered.slice(0, 1)));
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [accept, { loading, error }] = useMutation(acceptSuggestionMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const suggestedIds = offered.filter((id) => chosen.has(id));
    if (suggestedIds.length === 0) {
      setMissing(true);
      return;
    }
    try {
      await accept({
        variables: {
          kind: item.kind as MissingLinkKind,
          subjectIds: item.subjectIds,
          suggestedIds,
          field: item.field ?? null,
          note: note.trim() || null,
        },
      });
      onAccepted(item);
    } catch {
      // shown below
    }
  }

  function toggle(id: string) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <form onSubmit={submit} className="accept-form" data-testid="accept-form">
      <p>
        <span className="pill">{lead}</span> {l(item.sentence)}
      </p>
      <p className="hint">{household ? t('accept.caseConference') : t(acceptHint[item.kind] ?? 'accept.lead')}</p>
      <fieldset>
        <legend>{t('findings.suggested')}</legend>
        {offered.map((id) => {
          const node = nodeById.get(id);
          return (
            <label key={id} className="check">
              <input type="checkbox" checked={chosen.has(id)} onChange={() => toggle(id)} />
              {node && <KindSwatch kind={node.kind} />}
              {findingName(item, id, (known) => nodeById.get(known)?.label, lang)}
            </label>
          );
        })}
      </fieldset>
      <label className="field">
        <span className="field__label">{t('accept.note')}</span>
        <input
          value={note}
          placeholder={t('accept.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      {missing && (
        <p className="notice notice--error" role="alert">
          {t('accept.chooseOne')}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('accept.saving') : t('accept.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
