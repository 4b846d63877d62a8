/** 保存したビュー: a named state of the map (area, opened boxes, filters, focus), for meetings and for sharing by link. */
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'What the map shows: kinds, tie categories, fields, ended ties' })
export class ViewFilters {
  @Field(() => [String], { description: 'entity kinds shown (Person, Household, Organization, Council, Hub)' })
  kinds!: string[];
  @Field(() => [String], { description: 'tie categories shown: family, informal, formal, household' })
  categories!: string[];
  @Field(() => [String], { description: 'when not empty: only people and organizations of these fields (分野)' })
  fields!: string[];
  @Field(() => Boolean) showEnded!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The map as it was saved, each id as the reader may see it (ids they may not see are left out)',
})
export class MapViewState {
  @Field(() => [ID], { description: 'the opened area boxes' }) open!: string[];
  @Field(() => [ID], { description: 'entities drawn inside closed boxes (search results, findings)' }) show!: string[];
  @Field(() => ID, { nullable: true, description: 'the focused entity' }) focus!: string | null;
  @Field(() => ViewFilters) filters!: ViewFilters;
  @Field(() => Boolean, { description: "people's and households' names replaced by neutral ones on screen" })
  neutralLabels!: boolean;
  @Field(() => String, { nullable: true, description: 'the as-of date, YYYY-MM-DD; today when absent' })
  asOf!: string | null;
}

@ObjectType({
  description: 'A saved view of the map: opened by its owner, or by anyone given its link who may see the area',
})
export class SavedView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'its name as its owner wrote it (shown to everyone the link is given to)' })
  name!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => String) areaName!: string;
  @Field(() => String, { description: 'the username of who saved it' }) owner!: string;
  @Field(() => Boolean, { description: 'the viewer saved it (and may change or delete it)' }) mine!: boolean;
  @Field(() => Int, { description: "its place in the owner's list (slides run in this order)" }) position!: number;
  @Field(() => MapViewState) state!: MapViewState;
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;
}

@InputType()
export class ViewFiltersInput {
  @Field(() => [String]) kinds!: string[];
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) fields!: string[];
  @Field(() => Boolean) showEnded!: boolean;
}

@InputType()
export class MapViewStateInput {
  @Field(() => [ID], { defaultValue: [] }) open!: string[];
  @Field(() => [ID], { defaultValue: [] }) show!: string[];
  @Field(() => ID, { nullable: true }) focus!: string | null;
  @Field(() => ViewFiltersInput) filters!: ViewFiltersInput;
  @Field(() => Boolean, { defaultValue: false }) neutralLabels!: boolean;
  @Field(() => String, { nullable: true }) asOf!: string | null;
}

@InputType()
export class SavedViewInput {
  @Field(() => String) name!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => MapViewStateInput) state!: MapViewStateInput;
  @Field(() => Int, { nullable: true, description: "its place in the owner's list; at the end when absent" })
  position!: number | null;
}
