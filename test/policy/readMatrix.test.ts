/**
 * The read matrix: every query that can return a person, for each role in and outside their areas, against people
 * of each consent and a restricted person. A viewer without DETAILS gets no real id, no notes or dates, and a
 * restricted person does not exist for anyone but ADMIN and the coordinators named for them.
 */
import { describe, expect, it } from 'vitest';
import { type Answer, run } from '../helpers/api.js';
import { expected, people, type Short, testPolicyTown, type ViewerName, viewerNames } from './town.js';

const t = testPolicyTown();

const inA: ViewerName[] = ['admin', 'coordA', 'named', 'planner', 'councilA'];
const level = (viewer: ViewerName, person: Short) => expected[viewer][person];

/** Checks that the answer shows each person of A exactly as far as the table allows. */
function expectShownAsAllowed(viewer: ViewerName, answer: Answer, { names = true } = {}) {
  const text = JSON.stringify(answer.data);
  for (const person of people) {
    const allowed = level(viewer, person);
    expect(text.includes(`"${t.id(person)}"`), `${viewer} gets the real id of ${person}`).toBe(allowed === 'DETAILS');
    if (names) {
      const nameShown = allowed === 'DETAILS' || allowed === 'NAME';
      expect(text.includes(t.name(person)), `${viewer} gets the name of ${person}`).toBe(nameShown);
    } else if (allowed !== 'DETAILS' && allowed !== 'NAME') {
      expect(text.includes(t.name(person)), `${viewer} gets the name of ${person}`).toBe(false);
    }
  }
}

const visibleCount = (viewer: ViewerName) => people.filter((p) => level(viewer, p) !== 'HIDDEN').length;

describe.each(viewerNames)('as %s', (viewer) => {
  const v = () => t.viewer(viewer);

  it('the map of A shows each person as allowed, and nothing of a tie to someone not seen in detail', async () => {
    const answer = await run(
      v(),
      `query($a: ID!) { network(areaId: $a) { nodes { id kind label anonymous parentId roles fields ageBand }
      edges { id source target type strength since until } } }`,
      { a: t.id('A') },
    );
    if (!inA.includes(viewer)) {
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(answer.data).toBeNull();
      return;
    }
    expect(answer.errors?.[0]?.message).toBeUndefined();
    expectShownAsAllowed(viewer, answer);
    const nodes = answer.data!.network.nodes as { id: string; kind: string; fields: string[]; anonymous: boolean }[];
    const inNeighbourhood = nodes.filter((n) => n.kind === 'Person');
    expect(inNeighbourhood).toHaveLength(visibleCount(viewer));
    const realIds = new Set(people.filter((p) => level(viewer, p) === 'DETAILS').map((p) => t.id(p)));
    for (const node of inNeighbourhood.filter((n) => !realIds.has(n.id))) expect(node.fields).toEqual([]);
    for (const edge of answer.data!.network.edges as Record<string, string | null>[]) {
      const personEnds = [edge.source, edge.target].filter((id) => nodes.find((n) => n.id === id)?.kind === 'Person');
      if (personEnds.every((id) => realIds.has(id!))) continue;
      expect(edge).toMatchObject({ type: 'TIE', strength: 'NORMAL', since: null, until: null });
    }
    // a restricted person's household is shown only to those who see them
    expect(JSON.stringify(answer.data).includes('野口世帯')).toBe(level(viewer, 'res') === 'DETAILS');
  });

  it('the map of A with level of detail, shown ids and a focus shows each person as allowed', async () => {
    const query = `query($a: ID!, $open: [ID!], $show: [ID!], $focus: ID) {
      network(areaId: $a, open: $open, show: $show, focus: $focus) {
        nodes { id kind label anonymous parentId fields summary { people { value text } } }
        edges { id source target type strength since until count } } }`;
    const everyone = [...people.map((p) => t.id(p)), t.id('hres'), `${t.prefix}nobody`];
    const opened = await run(v(), query, { a: t.id('A'), open: [t.id('A3')] });
    const shown = await run(v(), query, { a: t.id('A'), open: [], show: everyone, focus: t.id('oA') });
    if (!inA.includes(viewer)) {
      for (const answer of [opened, shown]) {
        expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(answer.data).toBeNull();
      }
      return;
    }
    expect(opened.errors?.[0]?.message).toBeUndefined();
    expectShownAsAllowed(viewer, opened);
    expect(shown.errors?.[0]?.message).toBeUndefined();
    // real ids in show reach only whom the viewer has them for; the focus's people are shown as on the map
    expectShownAsAllowed(viewer, shown, { names: false });
    for (const answer of [opened, shown]) {
      expect(JSON.stringify(answer.data).includes('野口世帯')).toBe(level(viewer, 'res') === 'DETAILS');
      const persons = answer.data!.network.nodes.filter((n: { kind: string }) => n.kind === 'Person');
      expect(persons).toHaveLength(visibleCount(viewer));
    }
  });

  it('mapSearch of A finds people only by a name the viewer may see, with a real id only with DETAILS', async () => {
    for (const person of people) {
      const family = t.name(person).split(' ')[0];
      const answer = await run(
        v(),
        `query($a: ID!, $text: String!) { mapSearch(areaId: $a, text: $text) { id kind label path } }`,
        {
          a: t.id('A'),
          text: family,
        },
      );
      if (!inA.includes(viewer)) {
        expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        continue;
      }
      expect(answer.errors?.[0]?.message).toBeUndefined();
      const hits = (answer.data!.mapSearch as { id: string; kind: string; label: string; path: string[] }[]).filter(
        (hit) => hit.kind === 'Person',
      );
      const allowed = level(viewer, person);
      expect(
        hits.map((hit) => hit.label),
        `${viewer} finds ${person}`,
      ).toEqual(allowed === 'DETAILS' || allowed === 'NAME' ? [t.name(person)] : []);
      if (hits.length === 0) continue;
      expect(hits[0].id === t.id(person)).toBe(allowed === 'DETAILS');
      expect(hits[0].path).toEqual(allowed === 'DETAILS' ? [t.id('A'), t.id('A3')] : []);
    }
  });

  it("the organization's ties show notes and dates only for people seen in detail", async () => {
    const answer = await run(
      v(),
      `query($o: ID!) { ties(nodeId: $o) { id type sourceId targetId since strength note } }`,
      { o: t.id('oA') },
    );
    if (!inA.includes(viewer)) {
      expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      return;
    }
    expectShownAsAllowed(viewer, answer, { names: false });
    const ties = answer.data!.ties as { note: string | null; since: string | null }[];
    const detailed = people.filter((p) => level(viewer, p) === 'DETAILS').length;
    expect(ties).toHaveLength(visibleCount(viewer));
    expect(ties.filter((tie) => tie.note === t.note)).toHaveLength(detailed);
    expect(ties.filter((tie) => tie.since !== null)).toHaveLength(detailed);
  });

  it('the list of people of A is refused to planners, unfiltered for council members, as allowed for the rest', async () => {
    const answer = await run(v(), `query($a: ID!) { people(areaId: $a) { id name needs access } }`, { a: t.id('A') });
    if (viewer === 'planner' || !inA.includes(viewer)) {
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      return;
    }
    expect(answer.errors?.[0]?.message).toBeUndefined();
    expectShownAsAllowed(viewer, answer);
    const filtered = await run(v(), `query($a: ID!) { people(areaId: $a, need: "ELDERLY") { id } }`, { a: t.id('A') });
    if (viewer === 'councilA') expect(filtered.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    else expect(filtered.errors).toBeUndefined();
  });

  it.each(people)(
    'person and ecomap of %s answer only with DETAILS, else as for an id that names nobody',
    async (person) => {
      const missing = `${t.prefix}nobody`;
      for (const query of [
        'query($id: ID!) { person(id: $id) { id name needs } }',
        'query($id: ID!) { ecomap(personId: $id) { nodes { id label } } }',
      ]) {
        const answer = await run(v(), query, { id: t.id(person) });
        if (level(viewer, person) === 'DETAILS') {
          expect(answer.errors?.[0]?.message).toBeUndefined();
          continue;
        }
        const none = await run(v(), query, { id: missing });
        expect(answer.data).toBeNull();
        expect(answer.errors?.[0].extensions?.code).toBe(none.errors?.[0].extensions?.code);
        expect(answer.errors?.[0].message.replace(t.id(person), 'X')).toBe(
          none.errors?.[0].message.replace(missing, 'X'),
        );
      }
    },
  );

  it('structure, isolated people and findings of A name people only as allowed', async () => {
    const structure = await run(
      v(),
      `query($a: ID!) { structure(areaId: $a) { articulationPoints brokers { id } communities { memberIds }
        cutPoints { id kind stranded { value text } cutOff { value text } sentence } } }`,
      { a: t.id('A') },
    );
    const isolated = await run(
      v(),
      `query($a: ID!) { isolatedPeople(areaId: $a, maxDegree: 10) { person { id name } reasons } }`,
      { a: t.id('A') },
    );
    const findings = await run(
      v(),
      `query($a: ID!) { missingLinks(areaId: $a) { kind subjectIds suggestedIds explanation
        subjects { id kind name } suggested { id kind name } } }`,
      { a: t.id('A') },
    );
    if (!inA.includes(viewer)) {
      for (const answer of [structure, isolated, findings])
        expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      return;
    }
    expect(structure.errors?.[0]?.message).toBeUndefined();
    expectShownAsAllowed(viewer, structure, { names: false });
    if (viewer === 'planner' || viewer === 'councilA') {
      expect(isolated.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(findings.errors?.[0]?.message).toBeUndefined();
      expect(JSON.stringify(findings.data)).not.toContain(t.id('res'));
      return;
    }
    for (const answer of [isolated, findings]) {
      expect(answer.errors?.[0]?.message).toBeUndefined();
      const text = JSON.stringify(answer.data);
      for (const person of people) {
        if (level(viewer, person) !== 'DETAILS') {
          expect(text).not.toContain(t.id(person));
          expect(text).not.toContain(t.name(person));
        }
      }
    }
    expect(JSON.stringify(isolated.data).includes(t.id('res'))).toBe(level(viewer, 'res') === 'DETAILS');
    // what a finding names comes with its name, in the order of its ids
    type Ref = { id: string; name: string | null };
    const links = findings.data!.missingLinks as {
      subjectIds: string[];
      suggestedIds: string[];
      subjects: Ref[];
      suggested: Ref[];
    }[];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.subjects.map((ref) => ref.id)).toEqual(link.subjectIds);
      expect(link.suggested.map((ref) => ref.id)).toEqual(link.suggestedIds);
      for (const ref of [...link.subjects, ...link.suggested]) expect(ref.name, ref.id).toBeTruthy();
    }
  });

  it("the organization's ties name each end only as the viewer may see it (a stand-in has no name)", async () => {
    const answer = await run(v(), `query($o: ID!) { ties(nodeId: $o) { sourceId targetId sourceName targetName } }`, {
      o: t.id('oA'),
    });
    if (!inA.includes(viewer)) {
      expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      return;
    }
    expect(answer.errors?.[0]?.message).toBeUndefined();
    expectShownAsAllowed(viewer, answer);
    const ties = answer.data!.ties as { sourceName: string | null; targetName: string | null }[];
    expect(ties.every((tie) => tie.sourceName === 'A地域包括支援センター')).toBe(true);
    const named = people.filter((p) => ['DETAILS', 'NAME'].includes(level(viewer, p))).map((p) => t.name(p));
    expect(
      ties
        .map((tie) => tie.targetName)
        .filter(Boolean)
        .sort(),
    ).toEqual(named.sort());
  });

  it("households of A: the restricted person's only to those who see them, none to planners and council members", async () => {
    const answer = await run(v(), `query($a: ID!) { households(areaId: $a) { id name } }`, { a: t.id('A') });
    if (['planner', 'councilA', 'councilB', 'coordB'].includes(viewer)) {
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      return;
    }
    expect(JSON.stringify(answer.data).includes(t.id('hres'))).toBe(level(viewer, 'res') === 'DETAILS');
  });
});

describe('the audit of reads', () => {
  it('records name-level reads by a council member and detail reads by a coordinator, with the request', async () => {
    const graph = t.graph;
    await run(t.viewer('councilA'), 'query($a: ID!) { network(areaId: $a) { nodes { id } } }', { a: t.id('A') });
    await run(t.viewer('coordA'), 'query($id: ID!) { person(id: $id) { id } }', { id: t.id('none') });
    const events = await graph.read<{ username: string; level: string; personIds: string[]; action: string }>(
      `MATCH (e:AuditEvent {kind: 'DISCLOSURE'}) WHERE e.username IN $users
       RETURN e.username AS username, e.level AS level, e.personIds AS personIds, e.action AS action`,
      { users: [t.viewer('councilA').username, t.viewer('coordA').username] },
    );
    expect(events).toContainEqual({
      username: t.viewer('councilA').username,
      level: 'NAME',
      personIds: [t.id('com')],
      action: 'network',
    });
    expect(events).toContainEqual({
      username: t.viewer('coordA').username,
      level: 'DETAILS',
      personIds: [t.id('none')],
      action: 'person',
    });
    // nobody but who may see them is recorded as having seen the restricted person
    expect(events.flatMap((e) => e.personIds)).not.toContain(t.id('res'));
  });
});
