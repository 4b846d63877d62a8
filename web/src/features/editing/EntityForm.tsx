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
  type FormErrors,
  type FormField,
  type FormValues,
  fieldLabels,
  formErrorsOf,
  formFields,
} from '../../models/entityForms';
import { mayRestrict, placeableAreas, type Rights } from '../../models/permissions';
import {
  audienceLabels,
  hubFunctionLabels,
  operatorLabels,
  skillLabels,
  weekdayLabels,
} from '../../models/resourceLabels';
import { consentLabels, fieldLabels as needLabels, roleLabels, tierLabels } from '../../models/vocabulary';
import { householdChoicesQuery } from './editing.graphql';
import { saveValues } from './entityOperations';
import { Checks, FieldRow, WordsInput } from './FormControls';

interface Props {
  kind: EntityKind;
  mode: 'create' | 'update';
  initial: FormValues;
  rights: Rights;
  areas: readonly AreaSummary[];
  onSaved(id: string): void;
  onCancel(): void;
}

/** The code lists ticked in a form, with their labels. */
const codeLists = {
  audience: audienceLabels,
  openDays: weekdayLabels,
  functions: hubFunctionLabels,
  helpWanted: skillLabels,
  canOffer: skillLabels,
};

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
      case 'openHours':
      case 'offerTime':
        return <input value={values[field]} onChange={(event) => set(field, event.target.value)} />;
      case 'since':
      case 'until':
        return <input type="date" value={values[field]} onChange={(event) => set(field, event.target.value)} />;
      case 'audience':
      case 'openDays':
      case 'functions':
      case 'helpWanted':
      case 'canOffer':
        return (
          <Checks
            name={field}
            options={codeOptions(codeLists[field], l)}
            chosen={values[field]}
            onChange={(c) => set(field, c)}
          />
        );
      case 'operator':
        return (
          <select value={values.operator} onChange={(event) => set('operator', event.target.value)}>
            <option value="">{t('edit.notKnown')}</option>
            {codeOptions(operatorLabels, l).map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        );
      case 'consultationPoint':
        return (
          <label className="check">
            <input
              type="checkbox"
              checked={values.consultationPoint}
              onChange={(event) => set('consultationPoint', event.target.checked)}
            />
            {t('edit.consultationPoint')}
          </label>
        );
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
                  : field === 'until'
                    ? t('edit.untilHint')
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
