/**
 * The form of a person, household, organization, council or hub: the fields its kind has (formFields), pickers for
 * areas, households and codes with their Japanese labels, and the server's refusal next to the field it concerns.
 */
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { AreaSummary } from '../../models/areaTree';
import {
  type EntityKind,
  type FieldError,
  type FormErrors,
  type FormField,
  type FormValues,
  fieldLabels,
  formErrorsOf,
  formFields,
  splitWords,
} from '../../models/entityForms';
import { mayRestrict, placeableAreas, type Rights } from '../../models/permissions';
import { consentLabels, fieldLabels as needLabels, roleLabels, tierLabels } from '../../models/vocabulary';
import { householdChoicesQuery } from './editing.graphql';
import { saveValues } from './entityOperations';

interface Props {
  kind: EntityKind;
  mode: 'create' | 'update';
  initial: FormValues;
  rights: Rights;
  areas: readonly AreaSummary[];
  onSaved(id: string): void;
  onCancel(): void;
}

/** Fields filled in by hand that the server requires (the rest may stay empty). */
const required: ReadonlySet<FormField> = new Set(['id', 'name', 'areaId', 'tier', 'covers']);

export function EntityForm({ kind, mode, initial, rights, areas, onSaved, onCancel }: Props) {
  const { t, l, aside } = useI18n();
  const client = useApolloClient();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [saving, setSaving] = useState(false);
  const restricts = mayRestrict(rights);
  // a coordinator keeps a place they may not pick (an area served outside theirs) without being offered it
  const places = placeableAreas(rights, areas);
  const shownPlaces = [...places, ...areas.filter((a) => !places.includes(a) && isChosen(values, a.id))];
  const households = useQuery(householdChoicesQuery, {
    variables: { areaId: values.areaId },
    skip: kind !== 'Person' || !values.areaId,
  });

  const formRef = useRef<HTMLFormElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a save's refusals are shown, which the DOM holds
  useEffect(
    function showTheFirstRefusedField() {
      formRef.current?.querySelector('.field--invalid')?.scrollIntoView({ block: 'center' });
    },
    [errors],
  );

  const set = <F extends keyof FormValues>(field: F, value: FormValues[F]) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setErrors({ fields: {} });
    try {
      await saveValues(client, kind, values, mode, restricts);
      onSaved(values.id.trim());
    } catch (error) {
      setErrors(formErrorsOf(kind, error, values));
    } finally {
      setSaving(false);
    }
  }

  const shown = formFields[kind].filter(
    (field) => !(field === 'id' && mode === 'update') && !(field === 'restrictedFor' && !restricts),
  );
  const areaLabel = (area: AreaSummary) => `${area.name}${aside(l(tierLabels[area.tier]))}`;

  function control(field: FormField): ReactNode {
    switch (field) {
      case 'id':
      case 'name':
      case 'nameKana':
      case 'ageBand':
      case 'kind':
        return <input value={values[field]} onChange={(event) => set(field, event.target.value)} />;
      case 'interests':
      case 'tags':
      case 'restrictedFor':
        return <WordsInput words={values[field]} onChange={(words) => set(field, words)} />;
      case 'areaId':
        return (
          <select
            value={values.areaId}
            onChange={(event) => setValues({ ...values, areaId: event.target.value, householdId: '' })}
          >
            <option value="">{t('edit.chooseArea')}</option>
            {shownPlaces.map((area) => (
              <option key={area.id} value={area.id}>
                {areaLabel(area)}
              </option>
            ))}
          </select>
        );
      case 'householdId':
        return (
          <select value={values.householdId} onChange={(event) => set('householdId', event.target.value)}>
            <option value="">{t('edit.noHousehold')}</option>
            {values.householdId && !households.data?.households.some((h) => h.id === values.householdId) && (
              <option value={values.householdId}>{values.householdId}</option>
            )}
            {(households.data?.households ?? []).map((household) => (
              <option key={household.id} value={household.id}>
                {household.name}
              </option>
            ))}
          </select>
        );
      case 'serves':
      case 'covers':
        return (
          <Checks
            name={field}
            options={shownPlaces.map((area) => ({ code: area.id, label: areaLabel(area), depth: area.tier - 1 }))}
            chosen={values[field]}
            onChange={(chosen) => set(field, chosen)}
          />
        );
      case 'roles':
        return (
          <Checks
            name={field}
            options={codeOptions(roleLabels, l)}
            chosen={values.roles}
            onChange={(c) => set('roles', c)}
          />
        );
      case 'needs':
      case 'fields':
        return (
          <Checks
            name={field}
            options={codeOptions(needLabels, l)}
            chosen={values[field]}
            onChange={(c) => set(field, c)}
          />
        );
      case 'consent': {
        // a coordinator neither sets nor lifts 支援措置: a restricted person's consent is shown, not offered
        const locked = !restricts && values.consent === 'RESTRICTED';
        return (
          <>
            <select value={values.consent} disabled={locked} onChange={(event) => set('consent', event.target.value)}>
              {Object.entries(consentLabels)
                .filter(([code]) => restricts || code !== 'RESTRICTED' || locked)
                .map(([code, label]) => (
                  <option key={code} value={code}>
                    {l(label)}
                  </option>
                ))}
            </select>
            {!restricts && <span className="hint">{t('edit.restrictedAdminOnly')}</span>}
          </>
        );
      }
      case 'tier':
        return (
          <select value={values.tier} onChange={(event) => set('tier', event.target.value)}>
            <option value="">{t('edit.chooseTier')}</option>
            {[1, 2, 3].map((tier) => (
              <option key={tier} value={String(tier)}>
                {l(tierLabels[tier])}
              </option>
            ))}
          </select>
        );
    }
  }

  const failed = Object.keys(errors.fields).length > 0;
  return (
    <form ref={formRef} className="entity-form" onSubmit={submit} noValidate data-testid="entity-form">
      {shown.map((field) => (
        <FieldRow
          key={field}
          field={field}
          label={l(fieldLabels[field])}
          required={required.has(field)}
          hint={
            field === 'id'
              ? t('edit.idHint')
              : field === 'restrictedFor'
                ? t('edit.restrictedForHint')
                : field === 'interests' || field === 'tags'
                  ? t('edit.wordsHint')
                  : undefined
          }
          error={errors.fields[field]}
        >
          {control(field)}
        </FieldRow>
      ))}
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('edit.fixFields')}
        </p>
      )}
      {errors.general !== undefined && <ErrorNotice error={errors.general} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('edit.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function isChosen(values: FormValues, areaId: string): boolean {
  return values.areaId === areaId || values.serves.includes(areaId) || values.covers.includes(areaId);
}

function codeOptions(
  labels: Record<string, { ja: string; en: string }>,
  l: (text: { ja: string; en: string }) => string,
) {
  return Object.entries(labels).map(([code, label]) => ({ code, label: l(label), depth: 0 }));
}

interface RowProps {
  field: FormField;
  label: string;
  required: boolean;
  hint?: string;
  error?: FieldError;
  children: ReactNode;
}

/** One field: its label, the control, a hint, and the server's refusal right under it. */
function FieldRow({ field, label, required: needed, hint, error, children }: RowProps) {
  const { t, l, aside } = useI18n();
  const errorId = `entity-${field}-error`;
  return (
    <div className={`field entity-form__field${error ? ' field--invalid' : ''}`} data-field={field}>
      <span className="field__label" id={`entity-${field}-label`}>
        {label}
        {needed && <span className="entity-form__required">{aside(t('edit.required'))}</span>}
      </span>
      <div
        role="group"
        aria-labelledby={`entity-${field}-label`}
        aria-describedby={error ? errorId : undefined}
        className="entity-form__control"
      >
        {children}
      </div>
      {hint && <span className="hint">{hint}</span>}
      {error && (
        <p id={errorId} className="field__error" role="alert" title={error.detail}>
          {l(error.text)}
        </p>
      )}
    </div>
  );
}

interface ChecksProps {
  name: string;
  options: { code: string; label: string; depth: number }[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** A list of codes or areas to tick, each with its label. */
function Checks({ name, options, chosen, onChange }: ChecksProps) {
  return (
    <div className="entity-form__checks" role="group" aria-label={name}>
      {options.map((option) => (
        <label key={option.code} className={`check entity-form__check--depth-${option.depth}`}>
          <input
            type="checkbox"
            checked={chosen.includes(option.code)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, option.code] : chosen.filter((code) => code !== option.code))
            }
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}

/** Free words in one box; split when the box is left, so that typing 、 does not jump. */
function WordsInput({ words, onChange }: { words: readonly string[]; onChange(words: string[]): void }) {
  const [text, setText] = useState(words.join('、'));
  return (
    <input
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(splitWords(event.target.value));
      }}
    />
  );
}
