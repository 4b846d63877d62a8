/**
 * The cut points as a viewer is told them: a sentence a council can act on (「〇〇サロンが閉じると、3人が他の誰とも
 * つながらなくなります」), naming a person only as the viewer sees them (「この住民」 when not by name, a role only in
 * detail), with counts of people masked under 5 for the roles that see aggregates only (smallCounts.ts). Restricted
 * people were never counted for whom they do not exist (the projection and stranded.ts leave them out).
 */
import { isMasked, maskCount } from '../../auth/smallCounts.js';
import type { Viewer } from '../../auth/viewer.js';
import { Count } from '../../shared/count.type.js';
import { personLabel } from '../common/words.js';
import { CutPoint, type Removal } from './structure.type.js';

/** How the viewer may name a person point: their name, their name and roles, or neither. */
export type PointNaming = 'NONE' | 'NAME' | 'DETAILS';

/** 「ひだまりサロンが閉じる」: the loss of a point, in the words of the sentences (the finding SINGLE_POINT's too). */
export function pointLoss(removal: Pick<Removal, 'kind' | 'name'>, naming: PointNaming): string {
  switch (removal.kind) {
    case 'Hub':
      return `${removal.name ?? 'この拠点'}が閉じる`;
    case 'Organization':
      return `${removal.name ?? 'この機関'}の関わりが途切れる`;
    case 'Council':
      return `${removal.name ?? 'この会議'}が開かれなくなる`;
    case 'Person':
      return `${naming === 'NONE' ? 'この住民' : personLabel(removal.name)}が動けなくなる`;
  }
}

/** 「この見守りは民生委員1人だけに支えられています」: people held only by one 民生委員's watch (seen in detail). */
function watchedByOne(removal: Removal, naming: PointNaming): boolean {
  return (
    naming === 'DETAILS' &&
    removal.kind === 'Person' &&
    removal.roles.includes('MINSEI_IIN') &&
    removal.strandedIds.length > 0 &&
    removal.strandedBy.every((type) => type === 'WATCHES_OVER')
  );
}

export function cutPointSentence(removal: Removal, viewer: Viewer, naming: PointNaming): string {
  const stranded = removal.strandedIds.length;
  const cutOff = removal.cutOffPeople;
  const when = `${pointLoss(removal, naming)}と、`;
  if (isMasked(viewer, stranded) || isMasked(viewer, cutOff)) {
    // one wording whatever the counts: which of 0 and 1–4 it is must not show through the sentence
    const people = (n: number) => (isMasked(viewer, n) ? maskCount(viewer, n).text : `${n}人`);
    return `${when}他の誰ともつながらなくなる人は${people(stranded)}、この地域のほかのつながりから切り離される人は${people(cutOff)}です。`;
  }
  if (watchedByOne(removal, naming)) {
    const more = cutOff > stranded ? `この地域のほかのつながりから切り離されるのは、あわせて${cutOff}人です。` : '';
    return (
      `${stranded}人の見守りは、民生委員の${personLabel(removal.name)}1人だけに支えられています。` +
      `ほかの見守り手や拠点とのつながりがないため、${personLabel(removal.name)}が動けなくなると他の誰ともつながらなくなります。${more}`
    );
  }
  if (stranded > 0) {
    const more = cutOff > stranded ? `この地域のほかのつながりから切り離されるのは、あわせて${cutOff}人です。` : '';
    return `${when}${stranded}人が他の誰ともつながらなくなります。${more}`;
  }
  if (cutOff > 0) return `${when}${cutOff}人がこの地域のほかのつながりから切り離されます。`;
  return `${when}${removal.cutOffNodes}つの機関・拠点・会議がこの地域のほかのつながりから切り離されます。`;
}

/** The cut point as sent: the id the map uses for the node, masked counts, the sentence. */
export function toCutPoint(removal: Removal, viewer: Viewer, id: string, naming: PointNaming): CutPoint {
  const count = (n: number) => Object.assign(new Count(), maskCount(viewer, n));
  return Object.assign(new CutPoint(), {
    id,
    kind: removal.kind,
    stranded: count(removal.strandedIds.length),
    cutOff: count(removal.cutOffPeople),
    sentence: cutPointSentence(removal, viewer, naming),
  });
}

/** Most people stranded first, then most cut off; masked counts rank as one, so the order tells nothing either. */
export function compareCutPoints(a: CutPoint, b: CutPoint): number {
  const rank = (c: Count) => (c.masked ? -1 : (c.value ?? -1));
  return (
    rank(b.stranded) - rank(a.stranded) ||
    rank(b.cutOff) - rank(a.cutOff) ||
    a.kind.localeCompare(b.kind) ||
    a.id.localeCompare(b.id)
  );
}
