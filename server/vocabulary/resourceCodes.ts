/**
 * The codes of a hub's shape and of 担い手 (docs/DESIGN.md "Community work"): how a hub is run (運営形態), what it
 * does (機能), the days it is open (曜日), and the skills a person can offer and a hub wants help with. Japanese
 * labels, extra Japanese spellings a municipality may write, and English words. No imports but the CodeList shape:
 * the web app imports this file for its labels.
 */
import type { CodeList } from './codes.js';

/** 運営形態: who runs the hub. */
export const hubOperators = {
  name: 'hub operator (運営形態)',
  labels: { DIRECT: '直営', CONTRACTED: '委託', RESIDENT_LED: '住民主体', OTHER: 'その他' },
  aliases: {
    市直営: 'DIRECT',
    業務委託: 'CONTRACTED',
    指定管理: 'CONTRACTED',
    住民: 'RESIDENT_LED',
    自主運営: 'RESIDENT_LED',
  },
} as const satisfies CodeList<string>;
export type HubOperatorCode = keyof typeof hubOperators.labels;

export const hubOperatorsEnglish: Readonly<Record<HubOperatorCode, string>> = {
  DIRECT: 'run by the municipality',
  CONTRACTED: 'contracted out',
  RESIDENT_LED: 'run by residents',
  OTHER: 'other',
};

/** 機能: what a hub does; CONSULTATION is 相談 (a なんでも相談 point is marked apart, `consultationPoint`). */
export const hubFunctions = {
  name: 'hub function (機能)',
  labels: { CONSULTATION: '相談', PLACE: '居場所', WATCH: '見守り', NETWORK: 'ネットワーク' },
  aliases: { 相談支援: 'CONSULTATION', 交流: 'PLACE', 見守り活動: 'WATCH', つながりづくり: 'NETWORK' },
} as const satisfies CodeList<string>;
export type HubFunctionCode = keyof typeof hubFunctions.labels;

export const hubFunctionsEnglish: Readonly<Record<HubFunctionCode, string>> = {
  CONSULTATION: 'consultation',
  PLACE: 'a place to be',
  WATCH: 'watching over',
  NETWORK: 'networking',
};

/** 曜日: the days a hub is open, Monday first. */
export const weekdays = {
  name: 'day of the week (曜日)',
  labels: { MON: '月', TUE: '火', WED: '水', THU: '木', FRI: '金', SAT: '土', SUN: '日' },
  aliases: {
    月曜: 'MON',
    火曜: 'TUE',
    水曜: 'WED',
    木曜: 'THU',
    金曜: 'FRI',
    土曜: 'SAT',
    日曜: 'SUN',
    月曜日: 'MON',
    火曜日: 'TUE',
    水曜日: 'WED',
    木曜日: 'THU',
    金曜日: 'FRI',
    土曜日: 'SAT',
    日曜日: 'SUN',
  },
} as const satisfies CodeList<string>;
export type WeekdayCode = keyof typeof weekdays.labels;

export const weekdaysEnglish: Readonly<Record<WeekdayCode, string>> = {
  MON: 'Mon',
  TUE: 'Tue',
  WED: 'Wed',
  THU: 'Thu',
  FRI: 'Fri',
  SAT: 'Sat',
  SUN: 'Sun',
};

/** 担い手: what a person can offer and a hub wants help with (HELPER_MATCH meets the two). */
export const skills = {
  name: 'skill (担い手)',
  labels: {
    COOKING: '調理',
    DRIVING: '送迎・運転',
    VISITING: '訪問・話し相手',
    CRAFTS: '手芸・工作',
    TUTORING: '学習支援',
    DIGITAL: 'スマホ・パソコン',
    GARDENING: '園芸',
    MUSIC: '音楽・歌',
    EXERCISE: '体操指導',
    CHILDCARE: '子どもの見守り',
    EVENTS: '行事の手伝い',
    OTHER: 'その他',
  },
  aliases: {
    料理: 'COOKING',
    送迎: 'DRIVING',
    運転: 'DRIVING',
    話し相手: 'VISITING',
    傾聴: 'VISITING',
    手芸: 'CRAFTS',
    工作: 'CRAFTS',
    学習: 'TUTORING',
    スマホ: 'DIGITAL',
    パソコン: 'DIGITAL',
    音楽: 'MUSIC',
    体操: 'EXERCISE',
    子守り: 'CHILDCARE',
    行事: 'EVENTS',
  },
} as const satisfies CodeList<string>;
export type SkillCode = keyof typeof skills.labels;

export const skillsEnglish: Readonly<Record<SkillCode, string>> = {
  COOKING: 'cooking',
  DRIVING: 'driving',
  VISITING: 'visiting and talking',
  CRAFTS: 'crafts',
  TUTORING: 'tutoring',
  DIGITAL: 'phones and computers',
  GARDENING: 'gardening',
  MUSIC: 'music and singing',
  EXERCISE: 'leading exercise',
  CHILDCARE: 'minding children',
  EVENTS: 'helping at events',
  OTHER: 'other',
};
