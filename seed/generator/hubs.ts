/**
 * The hubs (拠点・居場所) of one tier-3 area, with tags people's interests can match, and who runs them: the 地区社協,
 * the 地域包括支援センター, an NPO, a clinic, a local volunteer — or nobody on record.
 */
import type { Neighbourhood } from './areas.js';
import type { Ids } from './ids.js';
import type { Hub, Tie } from './model.js';
import { hubNicknames } from './names.js';
import type { Resident } from './people.js';
import type { Random } from './random.js';

type HubKind = 'サロン' | '通いの場' | '子ども食堂' | '居場所' | 'まちの保健室' | 'なごみの家' | '地域活動拠点';

const hubKinds: Record<HubKind, number> = {
  サロン: 30,
  通いの場: 25,
  子ども食堂: 15,
  居場所: 12,
  まちの保健室: 6,
  なごみの家: 6,
  地域活動拠点: 6,
};

const baseTags: Record<HubKind, readonly string[]> = {
  サロン: ['茶話会'],
  通いの場: ['体操', '健康づくり'],
  子ども食堂: ['子ども', '料理', '子育て'],
  居場所: ['居場所'],
  まちの保健室: ['健康相談', '体操'],
  なごみの家: ['茶話会', '相談'],
  地域活動拠点: ['ボランティア'],
};

const extraTags: Record<HubKind, readonly string[]> = {
  サロン: ['園芸', '囲碁', '将棋', '手芸', 'カラオケ', '書道', '俳句', '麻雀', '民謡', '脳トレ'],
  通いの場: ['散歩', 'グラウンドゴルフ', '脳トレ', '園芸'],
  子ども食堂: ['学習', '工作', '読書'],
  居場所: ['料理', '読書', '手芸', '音楽', '写真', '子育て', 'ゲーム'],
  まちの保健室: ['散歩', 'ヨガ'],
  なごみの家: ['園芸', '手芸', '囲碁', 'カラオケ'],
  地域活動拠点: ['料理', '園芸', '写真', '音楽', '釣り'],
};

function hubName(kind: HubKind, stem: string, nickname: string): string {
  switch (kind) {
    case 'サロン':
      return `${stem}${nickname}サロン`;
    case '通いの場':
      return `${stem} 通いの場「${nickname}の会」`;
    case '子ども食堂':
      return `${nickname}こども食堂`;
    case '居場所':
      return `居場所カフェ ${nickname}`;
    case 'まちの保健室':
      return `${stem} まちの保健室`;
    case 'なごみの家':
      return `${stem}なごみの家`;
    case '地域活動拠点':
      return `${stem}地域活動拠点「${nickname}」`;
  }
}

/** The organizations that may run a hub here. */
export interface HubRunners {
  chikuShakyo: string;
  houkatsu: string;
  shakyo: string;
  kodomoNpo: string;
  clinic: string;
}

export function generateHubs(
  random: Random,
  area: Neighbourhood,
  runners: HubRunners,
  volunteers: readonly Resident[],
  ids: Ids,
): { hubs: Hub[]; runs: Tie[] } {
  const stem = area.name.replace(/地区$/, '');
  const count = Math.min(12, 1 + Math.floor(area.residents / 700) + (random.chance(0.5) ? 1 : 0));
  const hubs: Hub[] = [];
  const runs: Tie[] = [];
  const volunteer = () => (volunteers.length ? random.pick(volunteers).id : undefined);
  for (let i = 0; i < count; i++) {
    const kind = random.weighted(hubKinds);
    const tags = [...baseTags[kind], ...random.sample(extraTags[kind], random.int(1, 2))];
    const hub: Hub = {
      id: ids.next('HB'),
      name: hubName(kind, stem, random.pick(hubNicknames)),
      kind,
      areaId: area.id,
      tags,
    };
    hubs.push(hub);
    const draw = random.next();
    const runner = {
      サロン: draw < 0.55 ? runners.chikuShakyo : draw < 0.85 ? volunteer() : undefined,
      通いの場: draw < 0.6 ? volunteer() : draw < 0.85 ? runners.houkatsu : undefined,
      子ども食堂: draw < 0.5 ? runners.kodomoNpo : draw < 0.9 ? volunteer() : undefined,
      居場所: draw < 0.5 ? volunteer() : undefined,
      まちの保健室: draw < 0.7 ? runners.clinic : undefined,
      なごみの家: runners.shakyo,
      地域活動拠点: draw < 0.8 ? runners.chikuShakyo : undefined,
    }[kind];
    if (runner) runs.push({ from: runner, to: hub.id, type: 'RUNS', since: random.date(2012, 2025) });
  }
  return { hubs, runs };
}
