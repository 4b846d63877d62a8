/**
 * Turns rows into map nodes and edges through the disclosure step: people as the policy allows (restricted people
 * and hidden households left out, stand-ins with nothing but their place on the map), ties to anyone not seen in
 * detail reduced to their category.
 */
import { Disclosure, undisclosedTieId, undisclosedTieType } from '../auth/disclosure.js';
import type { PersonAccess } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { hasEnded, isActive, isOpen, tieCategory } from '../vocabulary/tiePredicates.js';
import type { TieType } from '../vocabulary/ties.js';
import type { EdgeRow, EntityRow } from './network.queries.js';
import type { AreaSummary, Network, NetworkEdge, NetworkNode } from './network.type.js';

/** Collects nodes and edges; people are shown as the policy allows and their stand-in ids are used everywhere. */
export class NetworkBuilder {
  private readonly nodes = new Map<string, NetworkNode>();
  private readonly edges = new Map<string, NetworkEdge>();
  /** entity id → id on the map (differs for people not seen in detail) */
  private readonly mapIds = new Map<string, string>();
  /** people and households on the map that the viewer does not see in detail */
  private readonly undisclosed = new Set<string>();
  private readonly households = new Set<string>();
  private readonly disclosure: Disclosure;

  constructor(
    viewer: Viewer,
    action: string,
    /** the area ids above and including an area, for the policy */
    private readonly areaPath: (areaId: string) => string[],
    /** how much of each household (by id) the viewer may see */
    private readonly householdAccess: ReadonlyMap<string, PersonAccess>,
    /** the map's date: a hub, organization or council not open on it is not drawn (nor, then, its ties) */
    private readonly asOf?: string,
  ) {
    this.disclosure = new Disclosure(viewer, action);
  }

  has(entityId: string): boolean {
    return this.mapIds.has(entityId);
  }

  /** The id an entity has on the map (a stand-in for a person not seen in detail); none when it is not drawn. */
  mapIdOf(entityId: string): string | undefined {
    return this.mapIds.get(entityId);
  }

  /** Whether the entity is drawn but not seen in detail (its ties show only their category). */
  isUndisclosed(entityId: string): boolean {
    return this.undisclosed.has(entityId);
  }

  /** An area box; with a summary, a box not (wholly) open: what it holds, as counts. */
  addArea(area: { id: string; name: string; tier: number }, parentId: string | null, summary?: AreaSummary) {
    this.mapIds.set(area.id, area.id);
    this.nodes.set(area.id, {
      ...blank(area.id, 'Area', area.name, parentId),
      tier: area.tier,
      ...(summary ? { open: false, summary } : {}),
    });
  }

  /** An edge standing for ties between boxes (level of detail): counts only, nothing about a tie or a person. */
  addBundle(edge: NetworkEdge): void {
    this.edges.set(edge.id, edge);
  }

  addEntity(row: EntityRow, parentId: string | null, external = false): void {
    if (row.label === 'Person') {
      this.addPerson(row, parentId);
      return;
    }
    if (row.label === 'Household') {
      this.addHousehold(row, parentId);
      return;
    }
    if (this.asOf && !isOpen(row, this.asOf)) return;
    // a case conference about a household is shown only to those who see that household
    if (row.label === 'Council' && row.householdId && this.householdAccess.get(row.householdId) !== 'DETAILS') return;
    this.mapIds.set(row.id, row.id);
    this.nodes.set(row.id, {
      ...blank(row.id, row.label, row.name, parentId),
      tier: row.tier,
      subKind: row.kind,
      fields: row.fields ?? [],
      tags: row.tags ?? [],
      external,
    });
  }

  private addHousehold(row: EntityRow, parentId: string | null) {
    // a household is a family's name and its members: shown only in detail, never as a stand-in
    if (this.householdAccess.get(row.id) !== 'DETAILS') return;
    this.households.add(row.id);
    this.mapIds.set(row.id, row.id);
    this.nodes.set(row.id, blank(row.id, 'Household', row.name, parentId));
  }

  private addPerson(row: EntityRow, parentId: string | null) {
    const access = this.disclosure.access(row.id, {
      consent: row.consent,
      restrictedFor: row.restrictedFor,
      areaPath: row.areaIds.flatMap((id) => this.areaPath(id)),
    });
    const id = this.disclosure.idFor(row.id, access);
    if (id === undefined) return;
    if (access !== 'DETAILS') this.undisclosed.add(row.id);
    this.mapIds.set(row.id, id);
    const inHousehold = parentId !== null && this.households.has(parentId);
    const full: NetworkNode = {
      ...blank(row.id, 'Person', row.name, parentId),
      roles: row.roles ?? [],
      fields: row.needs ?? [],
      tags: row.interests ?? [],
      ageBand: row.ageBand,
      anonymous: access !== 'DETAILS' && access !== 'NAME',
    };
    // a stand-in keeps its place in the area box, never in a household
    const stand = { ...blank(id, 'Person', '住民', inHousehold ? null : parentId), anonymous: full.anonymous };
    this.nodes.set(id, this.disclosure.redact('NetworkNode', row.id, access, full, stand));
  }

  /** Adds an edge when both ends are on the map and it is shown on `asOf` (`shownOn`). */
  addEdge(row: EdgeRow, asOf: string, includeEnded: boolean): void {
    const source = this.mapIds.get(row.source);
    const target = this.mapIds.get(row.target);
    if (!source || !target || !shownOn(row, asOf, includeEnded)) return;
    const active = isActive(row, asOf);
    const household = row.type === 'MEMBER_OF' && this.households.has(row.target);
    const category = household ? 'household' : tieCategory(row.type as TieType, row.sourceRoles ?? []);
    const full: NetworkEdge = {
      id: row.id,
      source,
      target,
      type: row.type,
      category,
      strength: row.strength ?? 'NORMAL',
      since: row.since,
      until: row.until,
      active,
      count: 1,
      categories: [],
    };
    const undisclosedEnd = [row.source, row.target].find((id) => this.undisclosed.has(id));
    if (undisclosedEnd === undefined) {
      this.edges.set(full.id, full);
      return;
    }
    const id = undisclosedTieId(category, source, target);
    const stand = { ...full, id, type: undisclosedTieType, strength: 'NORMAL', since: null, until: null };
    this.edges.set(id, this.disclosure.redact('NetworkEdge', undisclosedEnd, 'STAND_IN', full, stand));
  }

  /** The finished network; records in the audit log whose details and names were shown. */
  async finish(graph: Graph): Promise<Network> {
    await this.disclosure.record(graph);
    const edges = [...this.edges.values()];
    // an outside organization, council or hub is drawn for the ties it has here: with none the viewer may see, its
    // presence alone would tell that someone hidden from them is tied to it
    const tied = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    const nodes = [...this.nodes.values()].filter((node) => !node.external || tied.has(node.id));
    return { nodes, edges };
  }
}

/**
 * Whether a tie is on the map or the ecomap of `asOf`: active, or ended when ended ties are wanted. A tie that has
 * not begun on `asOf` is never there: the network as of a past day shows nothing of what came later.
 */
export function shownOn(row: EdgeRow, asOf: string, includeEnded: boolean): boolean {
  return isActive(row, asOf) || (includeEnded && hasEnded(row, asOf));
}

function blank(id: string, kind: string, label: string, parentId: string | null): NetworkNode {
  return {
    id,
    kind,
    label,
    parentId,
    tier: null,
    subKind: null,
    roles: [],
    fields: [],
    tags: [],
    ageBand: null,
    anonymous: false,
    external: false,
    open: true,
    summary: null,
  };
}
