import { describe, expect, it } from 'vitest';
import { type Directory, directoryCsvRows, hubsByKind, organizationsByField, servesText } from './directory';

const area = (id: string, name: string) => ({ __typename: 'DirectoryArea' as const, id, name });
const org = (id: string, fields: string[], local: boolean) => ({
  __typename: 'DirectoryOrganization' as const,
  id,
  name: `機関${id}`,
  nameKana: null,
  kind: '市の課',
  fields,
  local,
  area: area('a3', '本町'),
  serves: [area(local ? 'a2' : 'a1', local ? '東中学校区' : 'さくら台市')],
});
const hub = (id: string, kind: string | null) => ({
  __typename: 'DirectoryHub' as const,
  id,
  name: `拠点${id}`,
  nameKana: null,
  kind,
  tags: ['体操', '茶話会'],
  operators: ['社協'],
  area: area('a3', '本町'),
});

const directory: Directory = {
  __typename: 'ResourceDirectory',
  area: { __typename: 'DirectoryArea', id: 'a2', name: '東中学校区', tier: 2 },
  asOf: '2026-12-02',
  organizations: [org('1', ['POVERTY', 'ELDERLY'], false), org('2', ['ELDERLY'], true), org('3', [], true)],
  hubs: [hub('x', 'サロン'), hub('y', '通いの場'), hub('z', 'サロン'), hub('w', null)],
};

describe('the 生活便利帳 model', () => {
  it('puts an organization under each of its fields, those of the area before the town-wide ones', () => {
    const sections = organizationsByField(directory.organizations);
    expect(sections.map((s) => [s.field, s.organizations.map((o) => o.id)])).toEqual([
      ['ELDERLY', ['2', '1']],
      ['POVERTY', ['1']],
      [null, ['3']],
    ]);
    expect(servesText(directory.organizations[0], 'ja')).toBe('さくら台市（市全域）');
    expect(servesText(directory.organizations[1], 'ja')).toBe('東中学校区');
  });

  it('groups hubs by kind, the largest first and those of no kind last', () => {
    expect(hubsByKind(directory.hubs).map((s) => [s.kind, s.hubs.length])).toEqual([
      ['サロン', 2],
      ['通いの場', 1],
      [null, 1],
    ]);
  });

  it('writes the CSV rows in the order of the page, with Japanese headers and labels', () => {
    const rows = directoryCsvRows(directory, 'ja');
    expect(rows[0]).toEqual(['区分', '分野・種類', '名称', 'よみがな', '種別', '内容', '所在地区', '対象地域', '運営']);
    expect(rows[1]).toEqual(['相談・支援の窓口', '高齢', '機関2', '', '市の課', '高齢', '本町', '東中学校区', '']);
    expect(rows[2].slice(0, 3)).toEqual(['相談・支援の窓口', '高齢', '機関1']);
    expect(rows[2][5]).toBe('生活困窮・高齢');
    expect(rows.at(-1)).toEqual(['地域の居場所・拠点', 'その他', '拠点w', '', '', '体操・茶話会', '本町', '', '社協']);
    expect(rows).toHaveLength(1 + 4 + 4);
  });
});
