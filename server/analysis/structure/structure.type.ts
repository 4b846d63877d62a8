/**
 * GraphQL types of the structure analysis.
 * Plain data: `simpleResolvers` spares each field the middleware chain (requireLogin guards the root fields).
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

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

@ObjectType({ simpleResolvers: true, description: "The shape of an area's network, computed by Graph Data Science" })
export class NetworkStructure {
  @Field(() => Int, { description: 'people, households, organizations, hubs and councils in the network' })
  nodeCount!: number;
  @Field(() => Int, { description: 'pairs of nodes joined by an active tie or household membership' })
  edgeCount!: number;
  @Field(() => Int, { description: 'connected components' }) components!: number;
  @Field(() => [Int], { description: 'their sizes, largest first' }) componentSizes!: number[];
  @Field(() => [ID], { description: 'people and organizations whose loss would cut others off' })
  articulationPoints!: string[];
  @Field(() => [[ID]], { description: 'edges whose loss would cut the network apart, as id pairs' })
  bridges!: string[][];
  @Field(() => [Broker], { description: 'the nodes of highest betweenness, highest first' }) brokers!: Broker[];
  @Field(() => [Community], { description: 'largest first' }) communities!: Community[];
}
