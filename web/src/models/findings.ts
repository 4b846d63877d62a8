/**
 * Findings of the analyses as one list for the map: isolated people (社会的孤立) and the missing links, each with
 * its sentence, the ids it is about and the ids it suggests; and their overlay on the map: marked nodes and
 * dashed suggested edges.
 */
import type { IsolatedPeopleQuery, MissingLinksQuery } from '../gql/graphql';
import { type EdgeElement, isNode, type MapElement, withClass } from './network';
import { type FindingKind, fieldLabels, findingKindLabels, type Lang, type Localized, labelOf } from './vocabulary';

/** A person the isolation analysis found, as `isolatedPeople` answers (generated). */
export type IsolatedPerson = IsolatedPeopleQuery['isolatedPeople'][number];

/** A missing link, as `missingLinks` answers (generated). */
export type MissingLink = MissingLinksQuery['missingLinks'][number];

export type MissingLinkKind = MissingLink['kind'];

export interface FindingItem {
  key: string;
  kind: FindingKind;
  subjectIds: string[];
  suggestedIds: string[];
  field?: string;
  /** The finding as a sentence (the server writes missing links in Japanese). */
  sentence: Localized;
  score: number;
  /** Whether it can be accepted (a missing link with at least one suggestion). */
  acceptable: boolean;
}

export function findingKey(kind: FindingKind, subjectIds: readonly string[], field?: string | null): string {
  return `${kind}:${subjectIds.join(',')}${field ? `:${field}` : ''}`;
}

function isolatedSentence(finding: IsolatedPerson): Localized {
  const name = finding.person.name ?? '';
  const needsJa = finding.unmetNeeds.map((code) => labelOf(fieldLabels, code, 'ja')).join('、');
  const needsEn = finding.unmetNeeds.map((code) => labelOf(fieldLabels, code, 'en')).join(', ');
  // the server gives its reasons in Japanese; without them the sentence is made here
  const reasons =
    finding.reasons.length > 0
      ? finding.reasons
      : [
          finding.socialDegree === 0
            ? '世帯の外とのつながりがありません'
            : `世帯の外とのつながりは${finding.socialDegree}件です`,
          ...(needsJa ? [`支援の届いていないニーズがあります（${needsJa}）`] : []),
        ];
  const en =
    finding.socialDegree === 0
      ? `${name} has no tie to anyone outside their household.`
      : `${name} has only ${finding.socialDegree} tie(s) outside their household (informal ${finding.informalTies}, formal ${finding.formalTies}).`;
  return {
    ja: `${name}さん：${reasons.join('。')}。`,
    en: `${en}${needsEn ? ` Unmet needs: ${needsEn}.` : ''}`,
  };
}

/** One list of findings: isolated people first (they matter most), then missing links as the server ranked them. */
export function toFindingItems(isolated: readonly IsolatedPerson[], links: readonly MissingLink[]): FindingItem[] {
  const items: FindingItem[] = isolated.map((finding) => ({
    key: findingKey('ISOLATED', [finding.person.id]),
    kind: 'ISOLATED',
    subjectIds: [finding.person.id],
    suggestedIds: [],
    sentence: isolatedSentence(finding),
    score: 1 - Math.min(finding.socialDegree, 10) / 20,
    acceptable: false,
  }));
  for (const link of links) {
    items.push({
      key: findingKey(link.kind, link.subjectIds, link.field),
      kind: link.kind,
      subjectIds: link.subjectIds,
      suggestedIds: link.suggestedIds,
      field: link.field ?? undefined,
      sentence: { ja: link.explanation, en: link.explanation },
      score: link.score,
      acceptable: link.suggestedIds.length > 0,
    });
  }
  return items;
}

/** Counts by kind, for the filter chips of the list. */
export function countByKind(items: readonly FindingItem[]): Map<FindingKind, number> {
  const counts = new Map<FindingKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return counts;
}

/** The tie a suggestion would make, as [from, to, type]: the direction the API records it in. */
export function suggestedTie(kind: MissingLinkKind, subjectId: string, suggestedId: string): [string, string, string] {
  switch (kind) {
    case 'UNMET_NEED':
      return [suggestedId, subjectId, 'SUPPORTS'];
    case 'WATCH_GAP':
      return [suggestedId, subjectId, 'WATCHES_OVER'];
    case 'HUB_MATCH':
      return [subjectId, suggestedId, 'PARTICIPATES_IN'];
    case 'UNAFFILIATED_RESOURCE':
      return [subjectId, suggestedId, 'MEMBER_OF'];
    case 'UNCOORDINATED_HOUSEHOLD':
      // a case conference: each organization (and the council) around the household
      return [suggestedId, subjectId, 'CASE_CONFERENCE'];
    case 'SINGLE_POINT':
      // a watch by a watcher, or taking part in a hub: which, the suggested node's kind says
      return [suggestedId, subjectId, 'SECOND_LINK'];
  }
}

/** Dashed edges for a finding's suggestions whose both ends are on the map, at most `limit` of them. */
export function suggestedEdges(item: FindingItem, nodeIds: ReadonlySet<string>, limit = Infinity): EdgeElement[] {
  if (item.kind === 'ISOLATED') return [];
  const subject = item.subjectIds[0];
  if (!subject || !nodeIds.has(subject)) return [];
  const edges: EdgeElement[] = [];
  for (const suggested of item.suggestedIds) {
    if (edges.length >= limit) break;
    if (!nodeIds.has(suggested) || suggested === subject) continue;
    const [source, target, type] = suggestedTie(item.kind, subject, suggested);
    edges.push({
      group: 'edges',
      data: {
        id: `suggest:${item.key}:${suggested}`,
        source,
        target,
        type,
        category: 'suggested',
        strength: 'NORMAL',
        active: true,
        count: 1,
        findingKey: item.key,
      },
      classes: ['cat-suggested'],
    });
  }
  return edges;
}

export interface OverlayOptions {
  /** Draw the best suggestion of every finding (else only the selected finding's). */
  showSuggestions: boolean;
  /** The finding picked in the list: its nodes are highlighted and all its suggestions drawn. */
  selectedKey?: string;
}

/** The map with findings on it: isolated people and subjects marked, suggested edges added. */
export function withFindings(
  elements: readonly MapElement[],
  items: readonly FindingItem[],
  options: OverlayOptions,
): MapElement[] {
  const isolated = new Set<string>();
  const subjects = new Set<string>();
  const selected = items.find((item) => item.key === options.selectedKey);
  const highlighted = new Set<string>(selected ? [...selected.subjectIds, ...selected.suggestedIds] : []);
  for (const item of items) {
    for (const id of item.subjectIds) {
      subjects.add(id);
      if (item.kind === 'ISOLATED') isolated.add(id);
    }
  }
  const nodeIds = new Set<string>();
  const out: MapElement[] = elements.map((element) => {
    if (!isNode(element)) return element;
    const id = element.data.id;
    nodeIds.add(id);
    let next = element;
    if (isolated.has(id)) next = withClass(next, 'isolated');
    if (subjects.has(id)) next = withClass(next, 'finding');
    if (highlighted.has(id)) next = withClass(next, 'highlighted');
    return next;
  });
  const added = new Set<string>();
  for (const item of items) {
    const isSelected = item.key === options.selectedKey;
    if (!isSelected && !options.showSuggestions) continue;
    for (const edge of suggestedEdges(item, nodeIds, isSelected ? Infinity : 1)) {
      if (added.has(edge.data.id)) continue;
      added.add(edge.data.id);
      out.push(isSelected ? withClass(edge, 'highlighted') : edge);
    }
  }
  return out;
}

/** The findings that name a node (as subject or as suggestion), for its detail panel. */
export function findingsAbout(items: readonly FindingItem[], id: string): FindingItem[] {
  return items.filter((item) => item.subjectIds.includes(id) || item.suggestedIds.includes(id));
}

/** The kind's label in a language (for CSV and headings). */
export function findingSentence(item: FindingItem, lang: Lang): string {
  return item.sentence[lang];
}

/**
 * The findings as CSV rows (header first). With `neutral`, names are replaced wherever they appear, the
 * server's sentences included, so the file can be shared.
 */
export function findingsCsvRows(
  items: readonly FindingItem[],
  nameOf: (id: string) => string,
  lang: Lang,
  neutral?: ReadonlyMap<string, string>,
): string[][] {
  const header =
    lang === 'ja'
      ? ['種類', '対象', '対象ID', '提案', '提案ID', '分野', '説明', 'スコア']
      : ['Kind', 'About', 'About (ids)', 'Suggested', 'Suggested (ids)', 'Field', 'Finding', 'Score'];
  const realToNeutral: [string, string][] = [];
  if (neutral) for (const [id, label] of neutral) realToNeutral.push([nameOf(id), label]);
  // longer names first, so that "山田 花子" is replaced before "山田"
  realToNeutral.sort((a, b) => b[0].length - a[0].length);
  const hide = (text: string) =>
    realToNeutral.reduce((out, [real, label]) => (real ? out.split(real).join(label) : out), text);
  const display = (id: string) => neutral?.get(id) ?? nameOf(id);
  const idOf = (id: string) => (neutral?.has(id) ? '' : id);
  return [
    header,
    ...items.map((item) => [
      findingKindLabels[item.kind][lang],
      item.subjectIds.map(display).join('、'),
      item.subjectIds.map(idOf).filter(Boolean).join(';'),
      item.suggestedIds.map(display).join('、'),
      item.suggestedIds.map(idOf).filter(Boolean).join(';'),
      item.field ? labelOf(fieldLabels, item.field, lang) : '',
      hide(item.sentence[lang]),
      item.score.toFixed(2),
    ]),
  ];
}
