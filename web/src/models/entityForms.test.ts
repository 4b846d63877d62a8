import { describe, expect, it } from 'vitest';
import { emptyValues, formErrorsOf, formFields, inputOf, splitWords } from './entityForms';
import { describeError } from './errors';

/** An error as Apollo Client throws it for a GraphQL answer with errors. */
const refused = (...errors: { message: string; extensions: Record<string, unknown> }[]) => ({ errors });

describe('formErrorsOf: the server error next to its field', () => {
  const values = { ...emptyValues('n1'), householdId: 'h9', name: '' };

  it('puts a bad value on the field the server names in `argument`, in Japanese, with the server words as detail', () => {
    const errors = formErrorsOf(
      'Person',
      refused({ message: 'name may not be empty', extensions: { code: 'BAD_USER_INPUT', argument: 'name' } }),
      values,
    );
    expect(errors.fields.name).toEqual({
      text: { ja: '名前を入力してください。', en: 'Enter the name.' },
      detail: 'name may not be empty',
    });
    expect(errors.general).toBeUndefined();
  });

  it('asks for a reading in kana when the server refuses one', () => {
    const errors = formErrorsOf(
      'Person',
      refused({
        message: '"山田" is not a reading; expected kana only (ひらがな or カタカナ)',
        extensions: { code: 'BAD_USER_INPUT', argument: 'nameKana' },
      }),
      values,
    );
    expect(errors.fields.nameKana?.text).toEqual({
      ja: 'よみがな（かな）はひらがなかカタカナで入力してください。',
      en: 'Write the reading (kana) in hiragana or katakana.',
    });
  });

  it('says a too long value and an id with spaces in words, naming the limit', () => {
    const long = formErrorsOf(
      'Hub',
      refused({
        message: 'name is longer than 200 characters',
        extensions: { code: 'BAD_USER_INPUT', argument: 'name' },
      }),
      values,
    );
    expect(long.fields.name?.text.ja).toBe('名前は200文字以内にしてください。');
    const id = formErrorsOf(
      'Household',
      refused({
        message: 'id "a b" may hold only letters, digits and - _ . :',
        extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
      }),
      values,
    );
    expect(id.fields.id?.text.ja).toContain('IDに使えるのは');
  });

  it('puts a taken id on the id field', () => {
    const errors = formErrorsOf(
      'Organization',
      refused({
        message: 'the id "o1" is taken already; choose another',
        extensions: { code: 'CONFLICT', argument: 'id' },
      }),
      values,
    );
    expect(errors.fields.id?.text.ja).toBe('このIDは既に使われています。別のIDにしてください。');
  });

  it('puts a NOT_FOUND on the field holding that id: the household, the area, one of the areas covered', () => {
    const household = formErrorsOf(
      'Person',
      refused({
        message: 'Household "h9" does not exist',
        extensions: { code: 'NOT_FOUND', kind: 'Household', id: 'h9' },
      }),
      values,
    );
    expect(household.fields.householdId?.text.ja).toBe(
      '選んだ世帯が見つかりません。削除されたか、あなたの担当外です。',
    );
    const area = formErrorsOf(
      'Hub',
      refused({ message: 'Area "n1" does not exist', extensions: { code: 'NOT_FOUND', kind: 'Area', id: 'n1' } }),
      values,
    );
    expect(Object.keys(area.fields)).toEqual(['areaId']);
    const covered = formErrorsOf(
      'Council',
      refused({ message: 'Area "s2" does not exist', extensions: { code: 'NOT_FOUND', kind: 'Area', id: 's2' } }),
      { ...values, covers: ['s1', 's2'] },
    );
    expect(Object.keys(covered.fields)).toEqual(['covers']);
  });

  it("keeps for the form what concerns no field: a refusal, a field the kind's form does not have, the entity gone", () => {
    const forbidden = formErrorsOf(
      'Person',
      refused({ message: 'your role may not change this', extensions: { code: 'FORBIDDEN' } }),
      values,
    );
    expect(forbidden.fields).toEqual({});
    expect(describeError(forbidden.general).code).toBe('FORBIDDEN');
    expect(describeError(forbidden.general).text.ja).toContain('権限がありません');
    // a household form has no `tier`; the person edited is gone
    const other = formErrorsOf(
      'Household',
      refused(
        { message: 'tier must be 1, 2 or 3', extensions: { code: 'BAD_USER_INPUT', argument: 'tier' } },
        { message: 'Person "p1" does not exist', extensions: { code: 'NOT_FOUND', kind: 'Person', id: 'p1' } },
      ),
      values,
    );
    expect(other.fields).toEqual({});
    expect(describeError(other.general).code).toBe('BAD_USER_INPUT');
    expect(describeError(other.general).detail).toBe('tier must be 1, 2 or 3 / Person "p1" does not exist');
  });

  it('gives a failed fetch to the form', () => {
    const offline = formErrorsOf('Hub', new TypeError('Failed to fetch'), values);
    expect(describeError(offline.general).code).toBe('OFFLINE');
  });

  it('maps every argument name the forms send onto a field of that form', () => {
    for (const [kind, fields] of Object.entries(formFields)) {
      const sent = Object.keys(inputOf(kind as keyof typeof formFields, emptyValues('a'), true));
      for (const field of sent) expect(fields, `${kind}.${field}`).toContain(field);
    }
  });
});

describe('inputOf', () => {
  it('sends restricted fields only when the viewer may set them', () => {
    const values = { ...emptyValues('n1'), name: ' 山田 ', consent: 'RESTRICTED', restrictedFor: ['coord'] };
    expect(inputOf('Person', values, true)).toMatchObject({
      name: '山田',
      consent: 'RESTRICTED',
      restrictedFor: ['coord'],
    });
    const coordinator = inputOf('Person', values, false);
    expect(coordinator).not.toHaveProperty('consent');
    expect(coordinator).not.toHaveProperty('restrictedFor');
    expect(inputOf('Council', { ...emptyValues(), tier: '2' }, false)).toMatchObject({ tier: 2 });
  });

  it('splits free words on 、 , ; and spaces', () => {
    expect(splitWords('園芸、体操, 囲碁；園芸  お茶')).toEqual(['園芸', '体操', '囲碁', 'お茶']);
  });
});

describe('resources with a history and a shape', () => {
  it('sends a hub’s shape and dates, a person’s offers, and blanks that clear a date', () => {
    const hub = {
      ...emptyValues('n1'),
      ...{ name: 'サロン', openDays: ['TUE'], operator: 'RESIDENT_LED', openHours: ' 13時〜 ', functions: ['PLACE'] },
      ...{ consultationPoint: true, helpWanted: ['COOKING'], audience: ['ELDERLY'], since: '2019-04-01', until: '' },
    };
    expect(inputOf('Hub', hub, false)).toMatchObject({
      ...{ openDays: ['TUE'], operator: 'RESIDENT_LED', openHours: '13時〜', functions: ['PLACE'] },
      ...{ consultationPoint: true, helpWanted: ['COOKING'], audience: ['ELDERLY'], since: '2019-04-01', until: '' },
    });
    expect(inputOf('Council', { ...emptyValues(), until: '2026-03-31' }, false)).toMatchObject({ until: '2026-03-31' });
    const person = { ...emptyValues('n1'), canOffer: ['DRIVING'], offerTime: '平日の午前' };
    expect(inputOf('Person', person, false)).toMatchObject({ canOffer: ['DRIVING'], offerTime: '平日の午前' });
    expect(formFields.Hub).toEqual(expect.arrayContaining(['operator', 'openDays', 'consultationPoint', 'until']));
    expect(formFields.Organization).toEqual(expect.arrayContaining(['since', 'until']));
  });

  it('puts a closing before the opening and a bad date on their fields, in words', () => {
    const before = formErrorsOf(
      'Hub',
      refused({
        message: 'until "2019-03-31" is before since "2019-04-01": a resource closes after it opens',
        extensions: { code: 'BAD_USER_INPUT', argument: 'until' },
      }),
      emptyValues('n1'),
    );
    expect(before.fields.until?.text).toEqual({
      ja: '廃止・閉所日は開設日より後の日付にしてください。',
      en: 'The closing date must be after the day it opened.',
    });
    const bad = formErrorsOf(
      'Organization',
      refused({
        message: 'since "2019-02-30" is not a date written YYYY-MM-DD',
        extensions: { code: 'BAD_USER_INPUT', argument: 'since' },
      }),
      emptyValues('n1'),
    );
    expect(bad.fields.since?.text.ja).toBe('開設日はYYYY-MM-DDの日付で入力してください。');
    const skill = formErrorsOf(
      'Person',
      refused({
        message: 'canOffer: "占い" is not a skill (担い手)',
        extensions: { code: 'BAD_USER_INPUT', argument: 'canOffer' },
      }),
      emptyValues('n1'),
    );
    expect(skill.fields.canOffer?.text.ja).toBe('できること（担い手）に使えない値があります。一覧から選んでください。');
  });
});
