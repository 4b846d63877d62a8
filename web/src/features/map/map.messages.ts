/** Sentences of the area list and the map as [Japanese, English]. */
import type { Messages } from '../../app/messages';

export const mapMessages = {
  'areas.title': ['地域を選ぶ', 'Choose an area'],
  'areas.lead': [
    '第1層（市町村）▸ 第2層（日常生活圏域）▸ 第3層（小学校区・自治会など）。地図か地域カルテを開きます。',
    'Tier 1 (municipality) ▸ tier 2 (daily-life area) ▸ tier 3 (neighbourhood). Open a map or an area report.',
  ],
  'areas.empty': [
    'まだ地域がありません。管理者が町のデータを取り込むと、ここに表示されます。',
    'There are no areas yet. They appear here once an administrator imports the town.',
  ],
  'areas.expand': ['{name}の下の地域を開く', 'Show the areas inside {name}'],
  'areas.collapse': ['{name}の下の地域を閉じる', 'Hide the areas inside {name}'],
  'areas.openMap': ['地図', 'Map'],
  'areas.openReport': ['カルテ', 'Report'],
  'areas.openMapOf': ['{name}の地図を開く', 'Open the map of {name}'],
  'areas.openReportOf': ['{name}の地域カルテを開く', 'Open the area report of {name}'],
  'figures.population': ['人口', 'Population'],
  'figures.elderly': ['高齢者', 'Elderly'],
  'figures.households': ['世帯', 'Households'],
  'figures.peopleKnown': ['把握住民', 'Known residents'],
  'figures.organizations': ['機関', 'Organizations'],
  'figures.hubs': ['拠点', 'Hubs'],
  'figures.hubsPer1000': ['高齢者千人あたり拠点', 'Hubs per 1,000 elderly'],
} as const satisfies Messages;
