/** mapSearch per role on the map tests' town: who finds whom, with which id and path, and the argument errors. */
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/auth/viewer.js';
import { adminViewer, run } from '../helpers/api.js';
import { mapTown, mapViewers } from './town.js';

const fixture = mapTown();
const t = (short: string) => fixture.value.id(short);
const viewers = () => mapViewers(t);

interface Hit {
  id: string;
  kind: string;
  label: string;
  path: string[];
}

const query = `query($a: ID!, $text: String!, $limit: Int = 20) { mapSearch(areaId: $a, text: $text, limit: $limit) { id kind label path } }`;

async function search(viewer: Viewer, areaId: string, text: string, limit?: number) {
  const answer = await run<{ mapSearch: Hit[] }>(viewer, query, { a: areaId, text, ...(limit ? { limit } : {}) });
  expect(answer.errors).toBeUndefined();
  return answer.data!.mapSearch;
}

describe('mapSearch', () => {
  it('finds what ADMIN sees anywhere in the map, with the path down to it, best first', async () => {
    const hits = await search(adminViewer, t('city'), '青木');
    expect(hits).toEqual([
      { id: t('hAoki'), kind: 'Household', label: '青木世帯', path: [t('city'), t('east'), t('hill')] },
      { id: t('aoki'), kind: 'Person', label: '青木 一郎', path: [t('city'), t('east'), t('hill')] },
      { id: t('aoki2'), kind: 'Person', label: '青木 花子', path: [t('city'), t('east'), t('hill')] },
    ]);
    expect(await search(adminViewer, t('city'), '野口 麻衣')).toEqual([
      { id: t('noguchi'), kind: 'Person', label: '野口 麻衣', path: [t('city'), t('east'), t('dale')] },
    ]);
    // a council sits where the map draws it; the search is of the map's area only
    expect(await search(adminViewer, t('city'), '協議体')).toEqual([
      { id: t('eastCouncil'), kind: 'Council', label: '東協議体', path: [t('city'), t('east')] },
      { id: t('valeCouncil'), kind: 'Council', label: '谷協議体', path: [t('city'), t('west'), t('vale')] },
    ]);
    expect(await search(adminViewer, t('west'), '協議体')).toEqual([
      { id: t('valeCouncil'), kind: 'Council', label: '谷協議体', path: [t('west'), t('vale')] },
    ]);
    expect(await search(adminViewer, t('city'), '県社協')).toEqual([]);
    expect(await search(adminViewer, t('city'), '郎', 2)).toHaveLength(2);
  });

  it('compares names NFKC and without case', async () => {
    const hits = await search(adminViewer, t('city'), 'ｾﾝﾀｰ');
    expect(hits.map((h) => h.id)).toEqual([t('center')]);
    await fixture.graph.write('MATCH (h:Hub {id: $id}) SET h.name = $name', { id: t('salon'), name: 'Salon Ｏｋａ' });
    expect((await search(adminViewer, t('city'), 'salon oka')).map((h) => h.id)).toEqual([t('salon')]);
  });

  it('finds by the reading (name_kana) in hiragana or katakana as well as by kanji, for whom may see the name', async () => {
    const readings = { aoki: 'あおき いちろう', ishii: 'イシイ サブロウ', kato: 'かとう しろう' };
    for (const [short, kana] of Object.entries(readings)) {
      await fixture.graph.write('MATCH (p:Person {id: $id}) SET p.nameKana = $kana', { id: t(short), kana });
    }
    try {
      const ids = async (viewer: Viewer, text: string) => (await search(viewer, t('city'), text)).map((h) => h.id);
      expect(await ids(adminViewer, 'アオキ')).toEqual([t('aoki')]);
      expect(await ids(adminViewer, 'あおき')).toEqual([t('aoki')]);
      expect(await ids(adminViewer, 'いしい')).toEqual([t('ishii')]);
      expect(await ids(adminViewer, 'ｲｼｲ')).toEqual([t('ishii')]);
      expect(await ids(adminViewer, '石井')).toEqual([t('ishii')]);
      // the reading is shown and searched exactly where the name is: not a stand-in's
      const council = viewers().council;
      expect(await search(council, t('east'), 'いしい')).toEqual([]);
      expect((await search(council, t('east'), 'カトウ')).map((h) => h.label)).toEqual(['加藤 四郎']);
      expect(await search(viewers().planner, t('city'), 'あおき')).toEqual([]);
      const person = await run(adminViewer, `query($id: ID!) { person(id: $id) { nameKana } }`, { id: t('kato') });
      expect(person.data).toEqual({ person: { nameKana: 'かとう しろう' } });
      const named = await run(council, `query($a: ID!) { people(areaId: $a) { name nameKana } }`, { a: t('east') });
      const people = named.data!.people as { name: string | null; nameKana: string | null }[];
      expect(people).toContainEqual({ name: '加藤 四郎', nameKana: 'かとう しろう' });
      expect(people.filter((p) => p.name === null).every((p) => p.nameKana === null)).toBe(true);
      expect(JSON.stringify(people)).not.toContain('イシイ');
    } finally {
      await fixture.graph.write('MATCH (p:Person) WHERE p.id IN $ids REMOVE p.nameKana', {
        ids: Object.keys(readings).map(t),
      });
    }
  });

  it('gives a council member people by a name they may see, never a stand-in found by name', async () => {
    const council = viewers().council;
    // ishii (PROFESSIONALS) is a stand-in for them; kato and ueda (COMMUNITY) are seen by name
    expect(await search(council, t('east'), '石井')).toEqual([]);
    const [kato] = await search(council, t('east'), '加藤');
    expect(kato).toMatchObject({ kind: 'Person', label: '加藤 四郎', path: [] });
    expect(kato.id).toMatch(/^anon-/);
    // the id is the one the map uses, so it can be shown
    const map = await run(council, `query($a: ID!) { network(areaId: $a) { nodes { id label } } }`, { a: t('east') });
    expect(map.data!.network.nodes).toContainEqual({ id: kato.id, label: '加藤 四郎' });
    expect(await search(council, t('east'), '青木世帯')).toEqual([]);
    expect(await search(council, t('east'), '野口')).toEqual([]);
    const recorded = await fixture.graph.read<{ personIds: string[] }>(
      `MATCH (e:AuditEvent {kind: 'DISCLOSURE', action: 'mapSearch', level: 'NAME'}) WHERE e.username = $user
       RETURN e.personIds AS personIds`,
      { user: council.username },
    );
    expect(recorded.flatMap((e) => e.personIds)).toContain(t('kato'));
    expect(recorded.flatMap((e) => e.personIds)).not.toContain(t('ishii'));
  });

  it('gives a planner no person and no household, but organizations, hubs and councils', async () => {
    const planner = viewers().planner;
    expect(await search(planner, t('city'), '青木')).toEqual([]);
    expect(await search(planner, t('city'), '郎')).toEqual([]);
    expect((await search(planner, t('city'), 'センター')).map((h) => h.id)).toEqual([t('center')]);
  });

  it('finds a restricted person only for ADMIN and the coordinators named for them', async () => {
    expect(await search(viewers().coordinator, t('east'), '野口')).toEqual([]);
    expect((await search(viewers().named, t('east'), '野口')).map((h) => h.id).sort()).toEqual(
      [t('hNoguchi'), t('noguchi')].sort(),
    );
    expect((await search(viewers().coordinator, t('east'), '青木')).map((h) => h.id)).toEqual([
      t('hAoki'),
      t('aoki'),
      t('aoki2'),
    ]);
  });

  it('refuses bad arguments naming them, and areas outside the viewer’s', async () => {
    for (const [text, limit, argument] of [
      ['', 20, 'text'],
      ['   ', 20, 'text'],
      ['あ'.repeat(101), 20, 'text'],
      ['青木', 0, 'limit'],
      ['青木', 51, 'limit'],
    ] as const) {
      const answer = await run(adminViewer, query, { a: t('city'), text, limit });
      expect(answer.data).toBeNull();
      expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    const outside = await run(viewers().council, query, { a: t('west'), text: '佐藤' });
    expect(outside.errors![0].extensions!.code).toBe('FORBIDDEN');
    const nowhere = await run(adminViewer, query, { a: `${fixture.prefix}nowhere`, text: '佐藤' });
    expect(nowhere.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
