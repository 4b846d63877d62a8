/**
 * GraphQL types of the structure analysis.
 * Plain data: `simpleResolvers` spares each field the middleware chain (requireLogin guards the root fields).
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Count } from '../../shared/count.type.js';
import type { PointKind } from './stranded.js';

@ObjectType({ simpleResolvers: true, description: 'A node through which many shortest paths pass' })
export class Broker {
  @Field(() => ID) id!: string;
  @Field(() => Float, { description: 'betweenness centrality (unnormalised, each unordered pair counted once)' })
  betweenness!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A group of nodes more tied among themselves than to the rest (Louvain modularity)',
})
export class Community {
  @Field(() => Int, { description: 'numbers the communities of one answer, largest first, from 0' }) id!: number;
  @Field(() => Int) size!: number;
  @Field(() => [ID]) memberIds!: string[];
}

/** What the engine found about one cut point, before it is told to a viewer (structure.view.ts). */
export interface Removal {
  id: string;
  kind: PointKind;
  name: string | null;
  roles: string[];
  /** People who would have no tie at all left (stranded.ts), each once. */
  strandedIds: string[];
  /** The types of the ties that hold the stranded people to the point. */
  strandedBy: string[];
  /** Nodes and people separated from the rest of the network (removal.ts). */
  cutOffNodes: number;
  cutOffPeople: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A person, organization, hub or council whose loss cuts others off (an articulation point), or leaves someone with no tie at all',
})
export class CutPoint {
  @Field(() => ID, { description: 'as the map names the node (a stand-in id for a person not seen in detail)' })
  id!: string;
  @Field(() => String, { description: 'Person, Organization, Hub or Council' }) kind!: string;
  @Field(() => Count, { description: 'people who would have no tie at all left, anywhere' }) stranded!: Count;
  @Field(() => Count, { description: 'people the loss would separate from the rest of the network' })
  cutOff!: Count;
  @Field(() => String, { description: 'what the loss would do, as a sentence a council can act on' })
  sentence!: string;
}

@ObjectType({ simpleResolvers: true, description: "The shape of an area's network, computed by Graph Data Science" })
export class NetworkStructure {
  @Field(() => Int, { description: 'people, households, organizations, hubs and councils in the network' })
  nodeCount!: number;
  @Field(() => Int, { description: 'pairs of nodes joined by an active tie or household membership' })
  edgeCount!: number;
  @Field(() => Int, { description: 'connected components' }) components!: number;
  @Field(() => [Int], { description: 'their sizes, largest first' }) componentSizes!: number[];
  @Field(() => [ID], { description: 'people, organizations, hubs and councils whose loss would cut others off' })
  articulationPoints!: string[];
  @Field(() => [[ID]], { description: 'edges whose loss would cut the network apart, as id pairs' })
  bridges!: string[][];
  @Field(() => [Broker], { description: 'the nodes of highest betweenness, highest first' }) brokers!: Broker[];
  @Field(() => [Community], { description: 'largest first' }) communities!: Community[];
  @Field(() => [CutPoint], {
    description:
      'what losing each articulation point (or a single point someone hangs on) would do, most cut off first',
  })
  cutPoints!: CutPoint[];
  /** The engine's findings behind cutPoints; told to the viewer by structure.view.ts, never sent as such. */
  removals?: Removal[];
}
