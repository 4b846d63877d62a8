/**
 * The codes of 参加支援 matches and of whom a hub is for (docs/DESIGN.md "Community work"), with Japanese labels
 * and English words. No imports but the CodeList shape: the web app imports this file for its labels.
 */
import type { CodeList } from './codes.js';

export const matchStages = {
  name: 'match stage',
  labels: {
    PROPOSED: '提案',
    DISCUSSING: '本人と相談中',
    STARTED: '参加開始',
    SETTLED: '定着',
    ENDED: '終結',
    DECLINED: '本人辞退',
  },
} as const satisfies CodeList<string>;
export type MatchStageCode = keyof typeof matchStages.labels;

export const matchStagesEnglish: Readonly<Record<MatchStageCode, string>> = {
  PROPOSED: 'proposed',
  DISCUSSING: 'talking it over with the person',
  STARTED: 'started',
  SETTLED: 'settled',
  ENDED: 'ended',
  DECLINED: 'declined by the person',
};

export const matchRoles = {
  name: 'match role',
  labels: {
    PARTICIPANT: '参加者',
    HELPER: 'ボランティア・担い手',
    TEACHER: '講師',
    STAFF: 'スタッフ',
    WORK_EXPERIENCE: '就労体験',
  },
  aliases: { 担い手: 'HELPER', ボランティア: 'HELPER' },
} as const satisfies CodeList<string>;
export type MatchRoleCode = keyof typeof matchRoles.labels;

export const matchRolesEnglish: Readonly<Record<MatchRoleCode, string>> = {
  PARTICIPANT: 'participant',
  HELPER: 'volunteer / helper',
  TEACHER: 'teacher',
  STAFF: 'staff',
  WORK_EXPERIENCE: 'work experience',
};

/**
 * The stages a match may move to from each stage: on through the sequence, or declined before it began; a match
 * that has begun ends (終結). ENDED and DECLINED are final.
 */
export const matchMoves: Readonly<Record<MatchStageCode, readonly MatchStageCode[]>> = {
  PROPOSED: ['DISCUSSING', 'DECLINED'],
  DISCUSSING: ['STARTED', 'DECLINED'],
  STARTED: ['SETTLED', 'ENDED'],
  SETTLED: ['ENDED'],
  ENDED: [],
  DECLINED: [],
};

/** Stages in which the person takes part, so the tie to the place holds. */
export const takingPartStages: readonly MatchStageCode[] = ['STARTED', 'SETTLED'];
/** Stages after which nothing changes. */
export const finalStages: readonly MatchStageCode[] = ['ENDED', 'DECLINED'];

/** 対象: whom a hub is for. A hub with none given is for anyone. */
export const audiences = {
  name: 'audience (対象)',
  labels: {
    ELDERLY: '高齢者',
    PARENTING: '子育て世帯',
    CHILDREN: '子ども',
    DISABILITY: '障害のある人',
    ANYONE: '誰でも',
  },
  aliases: { 高齢: 'ELDERLY', 子育て: 'PARENTING', 親子: 'PARENTING', 障害: 'DISABILITY', 障害者: 'DISABILITY' },
} as const satisfies CodeList<string>;
export type AudienceCode = keyof typeof audiences.labels;

export const audiencesEnglish: Readonly<Record<AudienceCode, string>> = {
  ELDERLY: 'older people',
  PARENTING: 'families raising children',
  CHILDREN: 'children',
  DISABILITY: 'people with disabilities',
  ANYONE: 'anyone',
};
