/**
 * Findings of the analyses as one list for the map: isolated people (社会的孤立) and the missing links, each with
 * its sentence, the ids it is about and the ids it suggests; and their overlay on the map: marked nodes and
 * dashed suggested edges.
 */
import type { IsolatedPeopleQuery, MissingLinksQuery } from '../gql/graphql';
import { type EdgeElement, isNode, type MapElement, withClass } from './network';
import {
  type FindingKind,
  fieldLabels,
  findingKindLabels,
  type Lang,
  type Localized,
  labelOf,
  standInLabel,
} from './vocabulary';

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
  /** The finding as a sentence: the server's Japanese, and English made here (linkSentenceEn). */
  sentence: Localized;
  score: number;
  /** Whether it can be accepted (a missing link with at least one suggestion). */
  acceptable: boolean;
  /** The names of its subjects and suggestions, as the server gave them (null: no name recorded). */
  named: Readonly<Record<string, { kind: string; name: string | null }>>;
  /**
   * Of an isolated person: the missing links about them (a watcher, a hub, an agency), their next steps, also
   * listed under their own kinds.
   */
  nextSteps?: FindingItem[];
}

/** The kinds whose suggestions are a next step for an isolated person. */
const nextStepKinds: readonly FindingKind[] = ['WATCH_GAP', 'HUB_MATCH', 'UNMET_NEED', 'SINGLE_POINT', 'FORMAL_ONLY'];

/** Whether a missing link is about this person (a SINGLE_POINT names the node holding them last: not a subject). */
function isAbout(item: FindingItem, personId: string): boolean {
  const subjects = item.kind === 'SINGLE_POINT' ? item.subjectIds.slice(0, -1) : item.subjectIds;
  return subjects.includes(personId);
}

/** Every id a finding draws on the map: its subjects and suggestions, and those of its next steps. */
export function findingIds(item: FindingItem): string[] {
  return [
    ...new Set([
      ...item.subjectIds,
      ...item.suggestedIds,
      ...(item.nextSteps ?? []).flatMap((step) => step.suggestedIds),
    ]),
  ];
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

/** A list of names in English: "A", "A and B", "A, B and C". */
function listEn(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A missing link in English. The server writes each finding in Japanese, to be read out in a meeting; in English
 * the sentence is made here from what the finding names (its subjects, suggestions and field), so no Japanese
 * sentence is left on an English screen.
 */
export function linkSentenceEn(link: MissingLink): string {
  const name = (ref: { name?: string | null }) => ref.name ?? standInLabel.en;
  const subjects = link.kind === 'SINGLE_POINT' ? link.subjects.slice(0, -1) : link.subjects;
  const who = listEn(subjects.map(name));
  const [first] = link.suggested;
  const more = link.suggested.length > 1 ? ` (or ${link.suggested.length - 1} more)` : '';
  const field = link.field ? labelOf(fieldLabels, link.field, 'en').toLowerCase() : '';
  switch (link.kind) {
    case 'UNMET_NEED':
      return first
        ? `No agency reaches ${who}'s ${field} need. Suggested: ${name(first)}${more}.`
        : `No agency serves ${who}'s ${field} need here: a resource to develop.`;
    case 'UNCOORDINATED_HOUSEHOLD':
      return `${who} is supported by agencies that do not work together (${listEn(link.suggested.map(name))}). A case conference is suggested.`;
    case 'WATCH_GAP':
      return first
        ? `${who} has needs and nobody watches over them. Suggested watcher: ${name(first)}${more}.`
        : `${who} has needs and nobody watches over them; no welfare commissioner (minsei-iin) or volunteer is registered here to ask.`;
    case 'HUB_MATCH':
      return `${who} has no tie outside their household. Suggested: taking part in ${first ? name(first) : 'a hub'}${more}, which matches their interests.`;
    case 'SINGLE_POINT': {
      const point = link.subjects[link.subjects.length - 1];
      const second = first
        ? ` Suggested as a second link: ${name(first)}${more}.`
        : ' Nobody is registered here to ask for a second link.';
      return `Every tie of ${who} goes through ${point ? name(point) : 'one node'}.${second}`;
    }
    case 'UNAFFILIATED_RESOURCE':
      return first
        ? `${who} is on no council of its area. Suggested: ${name(first)}${more}.`
        : `${who} is on no council of its area.`;
    case 'NO_CONSULTATION_POINT':
      return first
        ? `${who} has no consultation point where any worry may be brought. Suggested: making ${name(first)}${more} one.`
        : `${who} has no consultation point and no hub that could become one: a resource to develop.`;
    case 'HELPER_MATCH':
      return `${who} can offer help that ${first ? name(first) : 'a hub'}${more} wants. Suggested: taking part as a helper.`;
    case 'FORMAL_ONLY':
      return first
        ? `Every tie of ${who} is to agencies or professionals; none to neighbours, friends or a place. Suggested: ${name(first)}${more}.`
        : `Every tie of ${who} is to agencies or professionals; no hub or volunteer is registered here to suggest.`;
  }
}

/** One list of findings: isolated people first (they matter most), then missing links as the server ranked them. */
export function toFindingItems(isolated: readonly IsolatedPerson[], links: readonly MissingLink[]): FindingItem[] {
  const people: FindingItem[] = isolated.map((finding) => ({
    key: findingKey('ISOLATED', [finding.person.id]),
    kind: 'ISOLATED',
    subjectIds: [finding.person.id],
    suggestedIds: [],
    sentence: isolatedSentence(finding),
    score: 1 - Math.min(finding.socialDegree, 10) / 20,
    acceptable: false,
    named: { [finding.person.id]: { kind: 'Person', name: finding.person.name ?? null } },
  }));
  const others: FindingItem[] = [];
  for (const link of links) {
    others.push({
      key: findingKey(link.kind, link.subjectIds, link.field),
      kind: link.kind,
      subjectIds: link.subjectIds,
      suggestedIds: link.suggestedIds,
      field: link.field ?? undefined,
      sentence: { ja: link.explanation, en: linkSentenceEn(link) },
      score: link.score,
      acceptable: link.suggestedIds.length > 0,
      named: Object.fromEntries(
        [...link.subjects, ...link.suggested].map((ref) => [ref.id, { kind: ref.kind, name: ref.name ?? null }]),
      ),
    });
  }
  for (const person of people) {
    const steps = others.filter((item) => nextStepKinds.includes(item.kind) && isAbout(item, person.subjectIds[0]));
    if (steps.length > 0) person.nextSteps = steps;
  }
  return [...people, ...others];
}

/**
 * What to call an id a finding names: the map's label (neutral labels included) when it is on the map, else the
 * name the finding came with, else the word for a resident — never the id.
 */
export function findingName(
  item: FindingItem,
  id: string,
  mapLabel: (id: string) => string | undefined,
  lang: Lang,
): string {
  return (
    mapLabel(id) ??
    item.named[id]?.name ??
    item.nextSteps?.find((s) => s.named[id])?.named[id]?.name ??
    standInLabel[lang]
  );
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
    case 'FORMAL_ONLY':
      // a watch by a watcher, or taking part in a hub: which, the suggested node's kind says
      return [suggestedId, subjectId, 'SECOND_LINK'];
    case 'HELPER_MATCH':
      return [subjectId, suggestedId, 'PARTICIPATES_IN'];
    case 'NO_CONSULTATION_POINT':
      // the area and the hub in it that would become its consultation point
      return [suggestedId, subjectId, 'CONSULTATION_POINT'];
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
  const highlighted = new Set<string>(selected ? findingIds(selected) : []);
  // an isolated person's next steps are drawn with them
  const drawnWithSelected = new Set(selected?.nextSteps?.map((step) => step.key));
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
    const isSelected = item.key === options.selectedKey || drawnWithSelected.has(item.key);
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
 * The findings as CSV rows (header first), people and organizations by name (`findingName`), never by id alone.
 * With `neutral`, names of people and households are replaced wherever they appear, the server's sentences
 * included, so the file can be shared: by their neutral label, or by the word for a resident when off the map.
 */
export function findingsCsvRows(
  items: readonly FindingItem[],
  mapLabel: (id: string) => string | undefined,
  lang: Lang,
  neutral?: ReadonlyMap<string, string>,
): string[][] {
  const header =
    lang === 'ja'
      ? ['種類', '対象', '対象ID', '提案', '提案ID', '分野', '説明', 'スコア']
      : ['Kind', 'About', 'About (ids)', 'Suggested', 'Suggested (ids)', 'Field', 'Finding', 'Score'];
  const every = items.flatMap((item) => [item, ...(item.nextSteps ?? [])]);
  const hidden = new Map<string, string>(neutral ?? []);
  if (neutral) {
    for (const item of every)
      for (const [id, ref] of Object.entries(item.named))
        if ((ref.kind === 'Person' || ref.kind === 'Household') && !hidden.has(id)) hidden.set(id, standInLabel[lang]);
  }
  const realName = (id: string) => every.find((item) => item.named[id])?.named[id]?.name ?? mapLabel(id) ?? '';
  const realToNeutral: [string, string][] = [];
  for (const [id, label] of hidden) {
    for (const real of new Set([realName(id), mapLabel(id) ?? ''])) if (real) realToNeutral.push([real, label]);
  }
  // longer names first, so that "山田 花子" is replaced before "山田"
  realToNeutral.sort((a, b) => b[0].length - a[0].length);
  const hide = (text: string) => realToNeutral.reduce((out, [real, label]) => out.split(real).join(label), text);
  const idOf = (id: string) => (hidden.has(id) ? '' : id);
  return [
    header,
    ...items.map((item) => {
      const display = (id: string) => hidden.get(id) ?? findingName(item, id, mapLabel, lang);
      return [
        findingKindLabels[item.kind][lang],
        item.subjectIds.map(display).join('、'),
        item.subjectIds.map(idOf).filter(Boolean).join(';'),
        item.suggestedIds.map(display).join('、'),
        item.suggestedIds.map(idOf).filter(Boolean).join(';'),
        item.field ? labelOf(fieldLabels, item.field, lang) : '',
        hide(item.sentence[lang]),
        item.score.toFixed(2),
      ];
    }),
  ];
}
