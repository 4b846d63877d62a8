/** Sentences of the ecomap as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const ecomapMessages = {
  'ecomap.title': ['エコマップ：{name}', 'Ecomap: {name}'],
  'ecomap.household': ['世帯：{name}', 'Household: {name}'],
  'ecomap.asOf': ['{date} 時点', 'As of {date}'],
  'ecomap.loading': ['エコマップを読み込んでいます…', 'Loading the ecomap…'],
  'ecomap.notForRole': [
    'エコマップは個人の詳しい情報を含むため、この役割では表示できません。地図と地域カルテをご利用ください。',
    'An ecomap shows a person in detail, which your role does not see. The map and the area report are open to you.',
  ],
  'ecomap.alone': [
    '世帯の外とのつながりが記録されていません。社会的孤立の可能性があります。',
    'No tie outside the household is recorded: this may be social isolation.',
  ],
  'ecomap.legend': ['線の意味', 'Lines'],
  'ecomap.legendKinds': ['記号', 'Symbols'],
  'ecomap.householdCircle': ['円で囲んだ人：同じ世帯', 'Inside the circle: the household'],
  'ecomap.colors': [
    '線の色：家族（橙）・インフォーマル（青）・フォーマル（灰）',
    'Colour: family (orange), informal (blue), formal (grey)',
  ],
  'ecomap.ended': ['終了したつながりも表示', 'Show ended ties'],
  'ecomap.neutral': ['名前を伏せて表示（共有用）', 'Hide names (for sharing)'],
  'ecomap.print': ['印刷', 'Print'],
  'ecomap.back': ['戻る', 'Back'],
  'ecomap.openMap': ['地図で見る', 'Show on the map'],
  'ecomap.ties': ['つながりの一覧', 'Ties'],
  'ecomap.with': ['相手', 'With'],
  'ecomap.type': ['種類', 'Type'],
  'ecomap.category': ['区分', 'Category'],
  'ecomap.strength': ['強さ', 'Strength'],
  'ecomap.period': ['期間', 'Period'],
  'ecomap.figureLabel': ['{name}のエコマップ', 'Ecomap of {name}'],
} as const satisfies Messages;
