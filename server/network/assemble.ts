/** Turns rows into map nodes and edges, applying the viewer's access to every person. */
import { type PersonAccess, audit, personAccess } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { isActive } from '../ties/tie.queries.js';
import { type TieType, tieCategory } from '../vocabulary/ties.js';
import type { EdgeRow, EntityRow } from './network.queries.js';
import type { Network, NetworkEdge, NetworkNode } from './network.type.js';
import { standInId as pseudonym } from '../auth/standIns.js';

/** Collects nodes and edges; people are shown as the policy allows and their stand-in ids are used everywhere. */
export class NetworkBuilder {
  private readonly nodes = new Map<string, NetworkNode>();
  private readonly edges = new Map<string, NetworkEdge>();
  /** entity id → id on the map (differs for anonymous people) */
  private readonly mapIds = new Map<string, string>();
  private readonly households = new Set<string>();
  private readonly detailed: string[] = [];

  constructor(
    private readonly viewer: Viewer,
    /** the area ids above and including an area, for the policy */
    private readonly areaPath: (areaId: string) => string[],
  ) {}

  has(entityId: string): boolean {
    return this.mapIds.has(entityId);
  }

  addArea(area: { id: string; name: string; tier: number }, parentId: string | null) {
    this.mapIds.set(area.id, area.id);
    this.nodes.set(area.id, {
      ...blank(area.id, 'Area', area.name, parentId),
      tier: area.tier,
    });
  }

  addEntity(row: EntityRow, parentId: string | null, external = false): void {
    if (row.label === 'Person') return this.addPerson(row, parentId);
    if (row.label === 'Household' && !this.seesHouseholds()) return;
    if (row.label === 'Household') this.households.add(row.id);
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

  private seesHouseholds(): boolean {
    return this.viewer.role === 'ADMIN' || this.viewer.role === 'COORDINATOR';
  }

  private addPerson(row: EntityRow, parentId: string | null) {
    const access: PersonAccess = personAccess(this.viewer, {
      consent: row.consent,
      areaPath: row.areaIds.flatMap((id) => this.areaPath(id)),
    });
    const id = access === 'ANONYMOUS' ? pseudonym(this.viewer.username, row.id) : row.id;
    const details = access === 'DETAILS';
    if (details) this.detailed.push(row.id);
    this.mapIds.set(row.id, id);
    this.nodes.set(id, {
      ...blank(id, 'Person', access === 'ANONYMOUS' ? '住民' : row.name, parentId),
      roles: details ? (row.roles ?? []) : [],
      fields: details ? (row.needs ?? []) : [],
      tags: details ? (row.interests ?? []) : [],
      ageBand: details ? row.ageBand : null,
      anonymous: access === 'ANONYMOUS',
    });
  }

  /** Adds an edge when both ends are on the map and it is active (or ended ones are wanted). */
  addEdge(row: EdgeRow, asOf: string, includeEnded: boolean): void {
    const source = this.mapIds.get(row.source);
    const target = this.mapIds.get(row.target);
    if (!source || !target) return;
    const active = isActive(row, asOf);
    if (!active && !includeEnded) return;
    const household = row.type === 'MEMBER_OF' && this.households.has(row.target);
    const anonymousEnd = source !== row.source || target !== row.target;
    const id = anonymousEnd ? `${row.type}:${source}>${target}` : row.id;
    this.edges.set(id, {
      id,
      source,
      target,
      type: row.type,
      category: household ? 'household' : tieCategory(row.type as TieType, row.sourceRoles ?? []),
      strength: row.strength ?? 'NORMAL',
      since: anonymousEnd ? null : row.since,
      until: anonymousEnd ? null : row.until,
      active,
    });
  }

  /** The finished network; records in the audit log whose details were shown. */
  async finish(graph: Graph, action: string): Promise<Network> {
    await audit(graph, this.viewer, action, this.detailed);
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
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
  };
}
