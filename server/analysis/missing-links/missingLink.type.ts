/**
 * GraphQL types of the missing-link analysis: the kinds, a finding, and what accepting a suggestion recorded.
 * Plain data: `simpleResolvers` spares each field the middleware chain (requireLogin guards the root fields).
 */
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum MissingLinkKind {
  UNMET_NEED = 'UNMET_NEED',
  UNCOORDINATED_HOUSEHOLD = 'UNCOORDINATED_HOUSEHOLD',
  UNAFFILIATED_RESOURCE = 'UNAFFILIATED_RESOURCE',
  HUB_MATCH = 'HUB_MATCH',
  WATCH_GAP = 'WATCH_GAP',
  SINGLE_POINT = 'SINGLE_POINT',
  NO_CONSULTATION_POINT = 'NO_CONSULTATION_POINT',
  HELPER_MATCH = 'HELPER_MATCH',
  FORMAL_ONLY = 'FORMAL_ONLY',
}
registerEnumType(MissingLinkKind, {
  name: 'MissingLinkKind',
  description: 'The kinds of missing link of docs/DESIGN.md "The analyses"',
  valuesConfig: {
    UNMET_NEED: {
      description: 'a need no agency of its field serves (制度の狭間); no suggestion: a resource to develop',
    },
    UNCOORDINATED_HOUSEHOLD: { description: 'a household supported by agencies that do not work together' },
    UNAFFILIATED_RESOURCE: { description: 'an organization or hub on no council of its area' },
    HUB_MATCH: { description: 'an isolated person and a hub matching their interests (参加支援)' },
    WATCH_GAP: { description: 'a person with a need and nobody watching over them' },
    SINGLE_POINT: {
      description:
        'people whose every tie goes through one person, organization, hub or council (a second link to suggest)',
    },
    NO_CONSULTATION_POINT: {
      description: 'a tier-3 area with no open なんでも相談 point; the subject is the area, the suggestions its hubs',
    },
    HELPER_MATCH: { description: 'a person who can offer (担い手) what a hub of their area wants help with' },
    FORMAL_ONLY: {
      description: '関係性の貧困: a person whose every tie is to professionals or organizations, none informal',
    },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'What a finding names, as the viewer sees it: only people and households seen in detail are in findings',
})
export class FindingRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Person, Household, Organization, Hub, Council or Area' }) kind!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A link the network lacks, what it is about and what would make it' })
export class MissingLink {
  @Field(() => MissingLinkKind) kind!: MissingLinkKind;
  @Field(() => [ID], {
    description:
      'the person, the household, the organization or hub, or (NO_CONSULTATION_POINT) the area the finding is about',
  })
  subjectIds!: string[];
  @Field(() => [ID], { description: 'what to link them with, best first; empty when nothing fits (資源開発)' })
  suggestedIds!: string[];
  @Field(() => [FindingRef], { description: 'subjectIds with their names, in the same order' })
  subjects!: FindingRef[];
  @Field(() => [FindingRef], { description: 'suggestedIds with their names, in the same order' })
  suggested!: FindingRef[];
  @Field(() => String, { nullable: true, description: 'the field (分野) of an UNMET_NEED' })
  field!: string | null;
  @Field(() => String, { description: 'the finding as a sentence a coordinator can read out in a meeting' })
  explanation!: string;
  @Field(() => Float, { description: 'how much the finding matters, 0 to 1; findings come highest first' })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What accepting a suggestion recorded, by whom and when' })
export class AcceptedSuggestion {
  @Field(() => MissingLinkKind) kind!: MissingLinkKind;
  @Field(() => [ID]) subjectIds!: string[];
  @Field(() => [ID]) suggestedIds!: string[];
  @Field(() => [ID], { description: 'the ties made' }) tieIds!: string[];
  @Field(() => ID, { nullable: true, description: 'the case conference (Council) convened, for a household' })
  councilId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'the support case of the household, opened with those organizations on its team (or joined by them)',
  })
  caseId!: string | null;
  @Field(() => [ID], {
    description:
      'the 参加支援 matches started at 本人と相談中 (HUB_MATCH, HELPER_MATCH, FORMAL_ONLY), one per chosen hub',
  })
  matchIds!: string[];
  @Field(() => String) acceptedBy!: string;
  @Field(() => String, { description: 'when, as an ISO date-time' }) acceptedAt!: string;
}
