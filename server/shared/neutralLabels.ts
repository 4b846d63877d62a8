/**
 * Neutral labels for sharing a map outside the office: people and households lose their names ("住民 1",
 * "世帯 A"); organizations, councils, hubs and areas keep theirs (they are public). The numbering follows the
 * order of the ids, so the same map gives the same labels each time. No imports: the web app's exports and the
 * server's graph files both label from here.
 */

function letters(index: number): string {
  let text = '';
  let n = index;
  do {
    text = String.fromCharCode(65 + (n % 26)) + text;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return text;
}

/** The neutral label of every person and household among the nodes (other nodes are not in the map). */
export function neutralLabelsOf(
  nodes: readonly { id: string; kind: string }[],
  lang: 'ja' | 'en',
): Map<string, string> {
  const people: string[] = [];
  const households: string[] = [];
  for (const node of nodes) {
    if (node.kind === 'Person') people.push(node.id);
    else if (node.kind === 'Household') households.push(node.id);
  }
  people.sort();
  households.sort();
  const labels = new Map<string, string>();
  for (const [i, id] of people.entries()) labels.set(id, lang === 'ja' ? `住民 ${i + 1}` : `Person ${i + 1}`);
  for (const [i, id] of households.entries()) {
    labels.set(id, lang === 'ja' ? `世帯 ${letters(i)}` : `Household ${letters(i)}`);
  }
  return labels;
}
