/** 生活便利帳: the organizations and hubs of an area for residents — public facts only, never a person. */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An area as the resource directory names it' })
export class DirectoryArea {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) tier!: number;
}

@ObjectType({ description: 'An organization in the resource directory: where to turn, for what' })
export class DirectoryOrganization {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'its よみがな, for the directory’s 五十音 order' })
  nameKana!: string | null;
  @Field(() => String, { nullable: true, description: "in the municipality's own words, e.g. 地域包括支援センター" })
  kind!: string | null;
  @Field(() => [String], { description: 'the fields (分野) it works in: what it does' }) fields!: string[];
  @Field(() => DirectoryArea, { nullable: true, description: 'where it is located' }) area!: DirectoryArea | null;
  @Field(() => [DirectoryArea], { description: 'the areas it serves' }) serves!: DirectoryArea[];
  @Field(() => Boolean, {
    description:
      'works in the area (located in or serving it or an area within it, as the 地域カルテ counts); false for one serving only an area above it (a town-wide window)',
  })
  local!: boolean;
}

@ObjectType({ description: 'A hub in the resource directory: a place to go, what happens there, who runs it' })
export class DirectoryHub {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameKana!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. サロン, 子ども食堂, 通いの場' }) kind!: string | null;
  @Field(() => [String], { description: 'what happens there' }) tags!: string[];
  @Field(() => DirectoryArea, { nullable: true, description: 'the area it lies in' }) area!: DirectoryArea | null;
  @Field(() => [String], {
    description: 'the organizations running it today (RUNS); a person running a hub is never named here',
  })
  operators!: string[];
}

@ObjectType({ description: '生活便利帳 of an area: its organizations and hubs, for print and CSV' })
export class ResourceDirectory {
  @Field(() => DirectoryArea) area!: DirectoryArea;
  @Field(() => String, { description: 'the day it was made, YYYY-MM-DD' }) asOf!: string;
  @Field(() => [DirectoryOrganization], { description: 'in 五十音 order of their readings' })
  organizations!: DirectoryOrganization[];
  @Field(() => [DirectoryHub], { description: 'in 五十音 order of their readings' }) hubs!: DirectoryHub[];
}
