/**
 * The map's level of detail, decided by the server: which boxes are open (`open`), which entities are drawn even
 * inside closed boxes (`show`: search results, a finding's people) and the focus. The map asks `network` with
 * them; a box is closed unless it (or an area below it) is listed. The URL carries the open boxes (`?open=`) so a
 * link reopens the same view.
 */
import { type Count, formatCount, maskedCountLabel, shown } from './counts';
import { ancestorsOf, type BoxSummary, isClosedBox, isNode, type MapElement } from './network';
import { type Lang, type Localized, listSeparator } from './vocabulary';

export interface MapDetail {
  /** Areas listed open (their ancestors below the map's area open with them). */
  open: readonly string[];
  /** Entities drawn wherever they are, inside their own area. */
  show: readonly string[];
  /** An entity drawn with everything tied to it. */
  focus?: string;
}

export const closedMap: MapDetail = { open: [], show: [] };

/** The detail with this box open. */
export function openBox(detail: MapDetail, id: string): MapDetail {
  return detail.open.includes(id) ? detail : { ...detail, open: [...detail.open, id] };
}

/**
 * The detail with this box closed: it, and the boxes listed below it (listing one would open it again), leave
 * `open`, and what was shown inside it leaves `show` (else the box would stay partly open); `parents` are the
 * parents of what is drawn now.
 */
export function closeBox(detail: MapDetail, id: string, parents: ReadonlyMap<string, string>): MapDetail {
  const outside = (other: string) => other !== id && !ancestorsOf(other, parents).includes(id);
  const open = detail.open.filter(outside);
  const show = detail.show.filter(outside);
  return open.length === detail.open.length && show.length === detail.show.length ? detail : { ...detail, open, show };
}

/** The detail with these ids drawn (they are added to what is shown already). */
export function showIds(detail: MapDetail, ids: readonly string[]): MapDetail {
  const added = ids.filter((id) => !detail.show.includes(id));
  return added.length === 0 ? detail : { ...detail, show: [...detail.show, ...added] };
}

export function withFocus(detail: MapDetail, focus: string | undefined): MapDetail {
  return detail.focus === focus ? detail : { ...detail, focus };
}

/** The `network` arguments of a detail: always a list for `open`, so the server answers with level of detail. */
export function detailVariables(detail: MapDetail): { open: string[]; show: string[]; focus: string | null } {
  return { open: [...detail.open].sort(), show: [...detail.show].sort(), focus: detail.focus ?? null };
}

/**
 * The `network` query's variables for a map, in one place: the map asks with them, and so does the prefetch of a map
 * opened by its address, so that the two requests are one.
 */
export function networkVariables(areaId: string, includeEnded: boolean, detail: MapDetail, asOf?: string) {
  return { areaId, includeEnded, asOf, ...detailVariables(detail) };
}

/** The open boxes as the URL writes them (`?open=a,b`), ids encoded. */
export function openParam(open: readonly string[]): string | undefined {
  return open.length > 0 ? open.map(encodeURIComponent).join(',') : undefined;
}

/** The open boxes of a URL's `open` parameter. */
export function parseOpenParam(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids = value
    .split(',')
    .map((part) => {
      try {
        return decodeURIComponent(part).trim();
      } catch {
        return '';
      }
    })
    .filter(Boolean);
  return [...new Set(ids)];
}

const summaryWords: Record<'people' | 'isolated' | 'unmetNeeds' | 'hubs', Localized> = {
  people: { ja: '住民', en: 'people' },
  isolated: { ja: '孤立', en: 'isolated' },
  unmetNeeds: { ja: '狭間', en: 'unmet' },
  hubs: { ja: '拠点', en: 'hubs' },
};

/** A count as the server wrote it: its own text when masked (「5未満」), else the number. */
export function countText(count: Count | number, lang: Lang): string {
  if (typeof count !== 'number' && count.masked) return count.text;
  return formatCount(shown(count), lang);
}

/**
 * A count as wide as any viewer's text of it: a small count (which some roles see as 「5未満」) takes the room of
 * 「5未満」, so a closed box is one size for every role and a coordinator and a council member see the same map.
 */
function widestCountText(count: Count | number, lang: Lang): string {
  const figure = shown(count);
  const small = figure === 'masked' || (typeof figure === 'number' && figure < 5);
  return small ? maskedCountLabel[lang] : countText(count, lang);
}

/** The lines a closed box shows under its name: people known, isolated, unmet needs, hubs. */
export function summaryLines(
  summary: BoxSummary,
  lang: Lang,
  text: (count: Count | number, lang: Lang) => string = countText,
): string[] {
  const part = (key: keyof typeof summaryWords, count: Count | number) =>
    `${summaryWords[key][lang]} ${text(count, lang)}`;
  return [
    `${part('people', summary.people)}${listSeparator[lang]}${part('isolated', summary.isolated)}`,
    `${part('unmetNeeds', summary.unmetNeeds)}${listSeparator[lang]}${part('hubs', summary.hubs)}`,
  ];
}

/** The label of a closed box: its name, then its counts. */
export function boxLabel(name: string, summary: BoxSummary | undefined, lang: Lang): string {
  return summary ? [name, ...summaryLines(summary, lang)].join('\n') : name;
}

/** The font of a closed box's label, in model units: legible at the zoom a map of boxes opens at. */
export const closedBoxFont = 20;

/** Width of a line of text at a font size (CJK characters are square, the rest about half as wide). */
function textWidth(line: string, font: number): number {
  let width = 0;
  for (const char of line) width += char.charCodeAt(0) > 0x2e7f ? font : font * 0.6;
  return width;
}

/** The elements with each closed box labelled with its counts and sized to hold them. */
export function labelClosedBoxes(elements: readonly MapElement[], lang: Lang): MapElement[] {
  const holders = new Set<string>();
  for (const element of elements) if (isNode(element) && element.data.parent) holders.add(element.data.parent);
  return elements.map((element) => {
    if (!isNode(element) || !isClosedBox(element.data, holders)) return element;
    const label = boxLabel(element.data.label, element.data.summary, lang);
    const summary = element.data.summary;
    const lines = [element.data.label, ...(summary ? summaryLines(summary, lang, widestCountText) : [])];
    const width = Math.max(...lines.map((line) => textWidth(line, closedBoxFont))) + closedBoxFont * 2;
    const height = lines.length * closedBoxFont * 1.35 + closedBoxFont * 1.5;
    return {
      ...element,
      data: { ...element.data, label, boxWidth: Math.round(width), boxHeight: Math.round(height) },
    };
  });
}
