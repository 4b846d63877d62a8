/** The graph drawn on the map and in an ecomap: nodes (areas nest as parents) and edges. */
import { Field, ID, Int, ObjectType } from 'type-graphql';

// simpleResolvers: a map has thousands of nodes; the login check already ran on the query field
@ObjectType({
  simpleResolvers: true,
  description: 'A node of the map: an area (a box holding others), person, household, organization, council or hub',
})
export class NetworkNode {
  @Field(() => ID, { description: 'the entity id; an anonymous person has a stand-in id' }) id!: string;
  @Field(() => String, { description: 'Area, Person, Household, Organization, Council or Hub' }) kind!: string;
  @Field(() => String, { description: 'what to write on the node; 住民 for an anonymous person' }) label!: string;
  @Field(() => ID, { nullable: true, description: 'the enclosing node: an area, or in an ecomap the household' })
  parentId!: string | null;
  @Field(() => Int, { nullable: true, description: 'areas and councils: their tier' }) tier!: number | null;
  @Field(() => String, {
    nullable: true,
    description: "organizations, councils, hubs: their kind in the municipality's words",
  })
  subKind!: string | null;
  @Field(() => [String], { description: 'people: their roles (empty when anonymous)' }) roles!: string[];
  @Field(() => [String], {
    description: 'organizations: their fields; people: their needs (empty unless the viewer sees details)',
  })
  fields!: string[];
  @Field(() => [String], { description: 'hubs: tags; people: interests (with details)' }) tags!: string[];
  @Field(() => String, { nullable: true, description: 'people: age band (with details)' }) ageBand!: string | null;
  @Field(() => Boolean, { description: 'a person the viewer may not see by name' }) anonymous!: boolean;
  @Field(() => Boolean, { description: 'an organization, council or hub outside the area, tied to something inside' })
  external!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An edge of the map: a tie, or household membership (type MEMBER_OF, category household)',
})
export class NetworkEdge {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { description: 'family, informal, formal or household' }) category!: string;
  @Field(() => String, { description: 'STRONG, NORMAL, WEAK or STRAINED' }) strength!: string;
  @Field(() => String, { nullable: true }) since!: string | null;
  @Field(() => String, { nullable: true }) until!: string | null;
  @Field(() => Boolean, { description: 'active on the as-of date' }) active!: boolean;
}

@ObjectType()
export class Network {
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge]) edges!: NetworkEdge[];
}
