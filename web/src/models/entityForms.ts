/**
 * The edit forms of people, households, organizations, councils and hubs: which fields each kind has (as the
 * server's inputs name them), the values sent, and the server's refusal put next to the field it concerns.
 *
 * The server names the field of a bad value in `extensions.argument` (BAD_USER_INPUT, CONFLICT: server/shared/
 * errors.ts); a NOT_FOUND names the kind and id, which is put on the field that holds that id. Anything else is the
 * form's as a whole (FORBIDDEN, a deleted entity).
 */
import type { Localized } from './vocabulary';

export type EntityKind = 'Person' | 'Household' | 'Organization' | 'Council' | 'Hub';

export type FormField =
  | 'id'
  | 'name'
  | 'nameKana'
  | 'areaId'
  | 'householdId'
  | 'ageBand'
  | 'roles'
  | 'needs'
  | 'interests'
  | 'consent'
  | 'restrictedFor'
  | 'kind'
  | 'fields'
  | 'serves'
  | 'tier'
  | 'covers'
  | 'tags'
  | 'since'
  | 'until'
  | 'audience'
  | 'operator'
  | 'openDays'
  | 'openHours'
  | 'functions'
  | 'consultationPoint'
  | 'helpWanted'
  | 'canOffer'
  | 'offerTime';

/** The fields of each kind's form, in the order shown. `id` is given on creation only. */
export const formFields: Record<EntityKind, readonly FormField[]> = {
  Person: [
    ...['id', 'name', 'nameKana', 'areaId', 'householdId', 'ageBand'],
    ...['roles', 'needs', 'interests', 'canOffer', 'offerTime', 'consent', 'restrictedFor'],
  ] as FormField[],
  Household: ['id', 'name', 'areaId'],
  Organization: ['id', 'name', 'kind', 'fields', 'areaId', 'serves', 'since', 'until'],
  Council: ['id', 'name', 'kind', 'tier', 'covers', 'since', 'until'],
  Hub: [
    ...['id', 'name', 'kind', 'areaId', 'tags', 'audience', 'operator', 'openDays', 'openHours'],
    ...['functions', 'consultationPoint', 'helpWanted', 'since', 'until'],
  ] as FormField[],
};

export const fieldLabels: Record<FormField, Localized> = {
  id: { ja: 'ID', en: 'ID' },
  name: { ja: '名前', en: 'Name' },
  nameKana: { ja: 'よみがな（かな）', en: 'Reading (kana)' },
  areaId: { ja: '地域', en: 'Area' },
  householdId: { ja: '世帯', en: 'Household' },
  ageBand: { ja: '年代', en: 'Age band' },
  roles: { ja: '役割', en: 'Roles' },
  needs: { ja: '支援が必要な分野', en: 'Fields of need' },
  interests: { ja: '関心ごと', en: 'Interests' },
  consent: { ja: '情報共有の同意', en: 'Consent' },
  restrictedFor: { ja: '閲覧できるコーディネーター（支援措置）', en: 'Coordinators who may see them (restricted)' },
  kind: { ja: '種別', en: 'Kind' },
  fields: { ja: '分野', en: 'Fields' },
  serves: { ja: '担当する地域', en: 'Areas served' },
  tier: { ja: '層', en: 'Tier' },
  covers: { ja: '対象の地域', en: 'Areas covered' },
  tags: { ja: 'タグ', en: 'Tags' },
  since: { ja: '開設日', en: 'Opening date' },
  until: { ja: '廃止・閉所日', en: 'Closing date' },
  audience: { ja: '対象', en: 'For whom' },
  operator: { ja: '運営形態', en: 'Run by' },
  openDays: { ja: '開いている曜日', en: 'Open on' },
  openHours: { ja: '開いている時間', en: 'Hours' },
  functions: { ja: '機能', en: 'Functions' },
  consultationPoint: { ja: 'なんでも相談の窓口', en: 'Consultation point' },
  helpWanted: { ja: '求めている担い手', en: 'Help wanted' },
  canOffer: { ja: 'できること（担い手）', en: 'Can offer (helper)' },
  offerTime: { ja: '活動できる時間', en: 'When they can help' },
};

/** What a form holds: text fields as text, lists as lists (the pickers and the free-word boxes). */
export interface FormValues {
  id: string;
  name: string;
  nameKana: string;
  areaId: string;
  householdId: string;
  ageBand: string;
  roles: string[];
  needs: string[];
  interests: string[];
  consent: string;
  restrictedFor: string[];
  kind: string;
  fields: string[];
  serves: string[];
  tier: string;
  covers: string[];
  tags: string[];
  since: string;
  until: string;
  audience: string[];
  operator: string;
  openDays: string[];
  openHours: string;
  functions: string[];
  consultationPoint: boolean;
  helpWanted: string[];
  canOffer: string[];
  offerTime: string;
}

export function emptyValues(areaId = ''): FormValues {
  return {
    ...{ id: '', name: '', nameKana: '', areaId, householdId: '', ageBand: '', roles: [], needs: [], interests: [] },
    ...{ consent: 'NONE', restrictedFor: [], kind: '', fields: [], serves: [], tier: '', covers: [], tags: [] },
    ...{ since: '', until: '', audience: [], operator: '', openDays: [], openHours: '', functions: [] },
    ...{ consultationPoint: false, helpWanted: [], canOffer: [], offerTime: '' },
  };
}

/** Free words typed in one box, separated by 、 , ; or spaces. */
export function splitWords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、,，;；\s]+/)
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The input the server's mutation takes (a new person's id goes with it; the other kinds take it as an argument).
 * An update sends every field of the form (the form shows them all); restricted fields only when the viewer may set
 * them.
 */
export function inputOf(
  kind: EntityKind,
  values: FormValues,
  mayRestrict: boolean,
  creating = false,
): Record<string, unknown> {
  const text = (value: string) => value.trim();
  switch (kind) {
    case 'Person':
      return {
        name: text(values.name),
        // "" removes the reading
        nameKana: text(values.nameKana),
        areaId: values.areaId,
        // "" leaves the household on an update; a new person simply has none
        householdId: values.householdId || (creating ? null : ''),
        ageBand: text(values.ageBand),
        roles: values.roles,
        needs: values.needs,
        interests: values.interests,
        canOffer: values.canOffer,
        // "" removes it
        offerTime: text(values.offerTime),
        ...(mayRestrict || values.consent !== 'RESTRICTED' ? { consent: values.consent } : {}),
        ...(mayRestrict ? { restrictedFor: values.restrictedFor } : {}),
      };
    case 'Household':
      return { name: text(values.name), areaId: values.areaId };
    case 'Organization':
      return {
        name: text(values.name),
        kind: text(values.kind),
        fields: values.fields,
        areaId: values.areaId,
        serves: values.serves,
        ...period(values),
      };
    case 'Council':
      return {
        name: text(values.name),
        kind: text(values.kind),
        tier: values.tier === '' ? null : Number(values.tier),
        covers: values.covers,
        ...period(values),
      };
    case 'Hub':
      return {
        ...{ name: text(values.name), kind: text(values.kind), areaId: values.areaId, tags: values.tags },
        ...{ audience: values.audience, operator: values.operator, openDays: values.openDays },
        ...{ openHours: text(values.openHours), functions: values.functions },
        ...{ consultationPoint: values.consultationPoint, helpWanted: values.helpWanted },
        ...period(values),
      };
  }
}

/** Opened and closed on: "" clears a date. */
function period(values: FormValues) {
  return { since: values.since.trim(), until: values.until.trim() };
}

/** A refusal shown next to one field: the sentence in both languages, the server's own words as a detail. */
export interface FieldError {
  text: Localized;
  detail?: string;
}

export interface FormErrors {
  fields: Partial<Record<FormField, FieldError>>;
  /** What concerns no one field (shown above the buttons), as ErrorNotice and describeError take it. */
  general?: unknown;
}

interface ServerError {
  message?: string;
  extensions?: { code?: unknown; argument?: unknown; kind?: unknown; id?: unknown };
}

function serverErrors(error: unknown): ServerError[] {
  const e = error as { errors?: unknown } | null;
  if (e && Array.isArray(e.errors)) return e.errors as ServerError[];
  return [];
}

/** The sentence for a bad value, from what the server's checks (server/shared/validate.ts) say. */
function badValueText(field: FormField, message: string): Localized {
  const max = message.match(/longer than (\d+)/)?.[1] ?? '';
  const say = (ja: string, en: string): Localized => ({
    ja: ja.replace('{label}', fieldLabels[field].ja).replace('{max}', max),
    en: en.replace('{label}', fieldLabels[field].en.toLowerCase()).replace('{max}', max),
  });
  if (/may not be empty/.test(message)) return say('{label}を入力してください。', 'Enter the {label}.');
  if (/longer than \d+ characters/.test(message))
    return say('{label}は{max}文字以内にしてください。', 'Keep the {label} to {max} characters.');
  if (/may hold only letters/.test(message))
    return say(
      '{label}に使えるのは文字・数字と - _ . : だけです（空白は使えません）。',
      'The {label} may hold only letters, digits and - _ . : (no spaces).',
    );
  if (/is before since/.test(message))
    return say('{label}は開設日より後の日付にしてください。', 'The {label} must be after the day it opened.');
  if (/is not a date/.test(message))
    return say('{label}はYYYY-MM-DDの日付で入力してください。', 'Write the {label} as a date, YYYY-MM-DD.');
  if (/is not a reading/.test(message))
    return say('{label}はひらがなかカタカナで入力してください。', 'Write the {label} in hiragana or katakana.');
  if (/is not a|is not NONE/.test(message))
    return say('{label}に使えない値があります。一覧から選んでください。', 'The {label} has a value not in the list.');
  if (/tier must be/.test(message))
    return say('{label}は第1層・第2層・第3層から選んでください。', 'Choose tier 1, 2 or 3.');
  if (/at least one area/.test(message))
    return say('{label}を1つ以上選んでください。', 'Choose at least one of the {label}.');
  return say('{label}の値が受け付けられませんでした。', 'The {label} was not accepted.');
}

/** The field holding the id a NOT_FOUND names: the area or household picked, or one of the areas listed. */
function fieldHolding(kind: EntityKind, notFound: string, id: string, values: FormValues): FormField | undefined {
  const has = (field: FormField) => formFields[kind].includes(field);
  if (notFound === 'Household' && has('householdId') && values.householdId === id) return 'householdId';
  if (notFound !== 'Area') return undefined;
  if (has('areaId') && values.areaId === id) return 'areaId';
  if (has('serves') && values.serves.includes(id)) return 'serves';
  if (has('covers') && values.covers.includes(id)) return 'covers';
  return undefined;
}

/** Puts each error of a failed save next to its field; the rest is the form's. */
export function formErrorsOf(kind: EntityKind, error: unknown, values: FormValues): FormErrors {
  const result: FormErrors = { fields: {} };
  const rest: ServerError[] = [];
  for (const one of serverErrors(error)) {
    const code = one.extensions?.code;
    const argument = typeof one.extensions?.argument === 'string' ? one.extensions.argument : undefined;
    const field = argument && formFields[kind].includes(argument as FormField) ? (argument as FormField) : undefined;
    const detail = one.message;
    if (code === 'BAD_USER_INPUT' && field) {
      result.fields[field] ??= { text: badValueText(field, one.message ?? ''), detail };
    } else if (code === 'CONFLICT' && field) {
      result.fields[field] ??= {
        text: { ja: 'このIDは既に使われています。別のIDにしてください。', en: 'This ID is taken; choose another.' },
        detail,
      };
    } else if (code === 'NOT_FOUND' && typeof one.extensions?.kind === 'string') {
      const holding = fieldHolding(kind, one.extensions.kind, String(one.extensions.id ?? ''), values);
      if (holding) {
        result.fields[holding] ??= {
          text: {
            ja: `選んだ${fieldLabels[holding].ja}が見つかりません。削除されたか、あなたの担当外です。`,
            en: `The chosen ${fieldLabels[holding].en.toLowerCase()} was not found: deleted, or outside your areas.`,
          },
          detail,
        };
      } else rest.push(one);
    } else rest.push(one);
  }
  if (rest.length > 0) result.general = { errors: rest };
  // a failure that is no GraphQL error at all (offline, a 500): the form's
  if (serverErrors(error).length === 0 && error) result.general = error;
  return result;
}
