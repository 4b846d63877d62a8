/** The graph drawn on the map and in an ecomap: nodes (areas nest as parents) and edges. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Count } from '../shared/count.type.js';

// simpleResolvers: a map has thousands of nodes; the login check already ran on the query field
@ObjectType({
  simpleResolvers: true,
  description: 'What a closed (or partly shown) area box holds, as counts the viewer may see',
})
export class AreaSummary {
  @Field(() => Count, { description: 'residents known, located in the area or below' }) people!: Count;
  @Field(() => Count, { description: 'households located in the area or below' }) households!: Count;
  @Field(() => Count, { description: 'people with social degree 0 at the as-of date (社会的孤立)' }) isolated!: Count;
  @Field(() => Count, { description: 'people with a need no organization of that field supports (制度の狭間)' })
  unmetNeeds!: Count;
  @Field(() => Int, { description: 'organizations located in the area or below' }) organizations!: number;
  @Field(() => Int, { description: 'hubs located in the area or below' }) hubs!: number;
  @Field(() => Int, { description: 'councils drawn inside the area (covering it or areas below it)' })
  councils!: number;
}

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
  @Field(() => Boolean, {
    description:
      'areas: everything inside is on the map (always true without level of detail); false for a closed box, or a box showing only some of its contents (search results, focus, findings)',
  })
  open!: boolean;
  @Field(() => AreaSummary, { nullable: true, description: 'areas not open: what they hold' })
  summary!: AreaSummary | null;
}

@ObjectType({ simpleResolvers: true, description: 'How many of the ties a bundled edge stands for are of a category' })
export class CategoryCount {
  @Field(() => String, { description: 'family, informal, formal (or TIE-level undisclosed ties by their category)' })
  category!: string;
  @Field(() => Int) count!: number;
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
  @Field(() => Int, {
    description:
      'how many ties this edge stands for: 1 for a tie; for a bundle (type BUNDLE), the ties between two boxes or a box and a node',
  })
  count!: number;
  @Field(() => [CategoryCount], { description: 'a bundle: its ties by category; empty for a single tie' })
  categories!: CategoryCount[];
}

@ObjectType()
export class Network {
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge]) edges!: NetworkEdge[];
}

@ObjectType({ simpleResolvers: true, description: 'An entity of the map found by mapSearch, with where it lies' })
export class MapSearchHit {
  @Field(() => ID, { description: 'as on the map: never a stand-in (stand-ins are not found by name)' }) id!: string;
  @Field(() => String, { description: 'Person, Household, Organization, Council or Hub' }) kind!: string;
  @Field(() => String) label!: string;
  @Field(() => [ID], {
    description:
      "the areas from the map's area down to the one it lies in: the boxes to open, or to draw it in with show",
  })
  path!: string[];
}
