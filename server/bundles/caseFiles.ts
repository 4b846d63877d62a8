/**
 * The support files of a town bundle (支援の経過, docs/DESIGN.md "Cases and meetings"): cases, their キーパーソン
 * history, plan versions and items, monitoring with its outcomes, meetings and their agendas. Every column the
 * server keeps has one here, so that export → import → export loses nothing. Ids of records are the files' own;
 * a `link` names a node of the town (person, household, organization, council) or a record of another support file.
 */
import type { CaseKey, RecordOf } from './bundle.types.js';
import type { ColumnKind, ColumnSpec, FileSpec } from './columns.types.js';

type Columns<K extends CaseKey> = ColumnSpec<RecordOf[K]>[];

/** A column that must be there and filled: the record's own id, or what it cannot be without. */
function required<R>(name: string, key: ColumnSpec<R>['key'], kind: ColumnKind): ColumnSpec<R> {
  return { name, key, kind, required: true, needsValue: true, role: kind === 'id' ? 'identity' : 'property' };
}

/** A column that may be left out or left empty. */
function optional<R>(name: string, key: ColumnSpec<R>['key'], kind: ColumnKind): ColumnSpec<R> {
  return { name, key, kind, required: false, needsValue: false, role: 'property' };
}

/** An id (or ids) naming a node or record of one of `accepts`; `needed` columns must be there and filled. */
function link<R>(
  name: string,
  key: ColumnSpec<R>['key'],
  accepts: ColumnSpec<R>['accepts'],
  options: { kind?: 'id' | 'ids'; needed?: boolean } = {},
): ColumnSpec<R> {
  const needed = options.needed ?? true;
  return { name, key, kind: options.kind ?? 'id', required: needed, needsValue: needed, role: 'link', accepts };
}

const cases: Columns<'cases'> = [
  required('id', 'id', 'id'),
  link('subject_id', 'subjectId', ['Person', 'Household']),
  required('status', 'status', 'caseStatus'),
  required('opened_on', 'openedOn', 'date'),
  optional('opened_by', 'openedBy', 'text'),
  required('route', 'route', 'route'),
  link('referrer_id', 'referrerId', ['Person', 'Organization'], { needed: false }),
  optional('referrer_note', 'referrerNote', 'text'),
  link('team', 'team', ['Person', 'Organization'], { kind: 'ids', needed: false }),
  optional('direction', 'direction', 'text'),
  optional('review_on', 'reviewOn', 'date'),
  optional('closed_on', 'closedOn', 'date'),
  optional('close_reason', 'closeReason', 'closeReason'),
  optional('close_note', 'closeNote', 'text'),
  optional('follow_up_on', 'followUpOn', 'date'),
  optional('follow_up_done_on', 'followUpDoneOn', 'date'),
  // when the server wrote the case (ISO instants), kept as written
  optional('created_at', 'createdAt', 'text'),
  optional('updated_at', 'updatedAt', 'text'),
];

const keyPersons: Columns<'key_persons'> = [
  link('case_id', 'caseId', ['Case']),
  link('person_id', 'personId', ['Person']),
  required('since', 'since', 'date'),
  optional('until', 'until', 'date'),
  optional('by', 'by', 'text'),
  // the meeting that decided the change
  link('meeting_id', 'meetingId', ['Meeting'], { needed: false }),
];

const plans: Columns<'plans'> = [
  required('id', 'id', 'id'),
  link('case_id', 'caseId', ['Case']),
  required('version', 'version', 'count'),
  required('made_on', 'madeOn', 'date'),
  optional('made_by', 'madeBy', 'text'),
  optional('note', 'note', 'text'),
  // the meeting that decided this version
  link('meeting_id', 'meetingId', ['Meeting'], { needed: false }),
];

const planItems: Columns<'plan_items'> = [
  required('id', 'id', 'id'),
  link('plan_id', 'planId', ['Plan']),
  // the item's place in its plan; left out, its row's place among the plan's rows
  optional('position', 'position', 'count'),
  link('who_id', 'whoId', ['Person', 'Organization', 'Household']),
  required('what', 'what', 'text'),
  optional('field', 'field', 'field'),
  required('start_on', 'startOn', 'date'),
  optional('review_on', 'reviewOn', 'date'),
  optional('status', 'status', 'itemStatus'),
  optional('tie', 'tie', 'itemTie'),
  optional('tie_since', 'tieSince', 'date'),
];

const monitoring: Columns<'monitoring'> = [
  required('id', 'id', 'id'),
  link('case_id', 'caseId', ['Case']),
  required('on', 'on', 'date'),
  required('who', 'who', 'text'),
  required('seen', 'seen', 'text'),
  optional('next_review_on', 'nextReviewOn', 'date'),
  // recorded after the case closed: its 終結後の確認 (left out: whether `on` is on or after the case's closing)
  optional('follow_up', 'followUp', 'flag'),
  optional('recorded_by', 'recordedBy', 'text'),
  optional('recorded_at', 'recordedAt', 'text'),
];

const outcomes: Columns<'monitoring_outcomes'> = [
  link('monitoring_id', 'monitoringId', ['Monitoring']),
  link('item_id', 'itemId', ['PlanItem']),
  required('outcome', 'outcome', 'text'),
];

const meetings: Columns<'meetings'> = [
  required('id', 'id', 'id'),
  link('council_id', 'councilId', ['Council']),
  required('on', 'on', 'date'),
  required('basis', 'basis', 'basis'),
  link('attendees', 'attendees', ['Person', 'Organization'], { kind: 'ids', needed: false }),
  optional('minutes', 'minutes', 'text'),
  optional('next_on', 'nextOn', 'date'),
  optional('recorded_by', 'recordedBy', 'text'),
  optional('recorded_at', 'recordedAt', 'text'),
];

const agenda: Columns<'agenda'> = [
  link('meeting_id', 'meetingId', ['Meeting']),
  link('case_id', 'caseId', ['Case']),
  // the case's place on the agenda; left out, its row's place among the meeting's rows
  optional('position', 'position', 'count'),
  optional('decision', 'decision', 'text'),
  // what its decisions changed: TEAM and DIRECTION kept here; PLAN and KEY_PERSON written for readers, and read
  // back from the plans and キーパーソン terms that name the meeting
  optional('revised', 'revised', 'revisions'),
];

export const caseFileSpecs: { [K in CaseKey]: FileSpec<K> } = {
  cases: { key: 'cases', columns: cases },
  key_persons: { key: 'key_persons', columns: keyPersons },
  plans: { key: 'plans', columns: plans },
  plan_items: { key: 'plan_items', columns: planItems },
  monitoring: { key: 'monitoring', columns: monitoring },
  monitoring_outcomes: { key: 'monitoring_outcomes', columns: outcomes },
  meetings: { key: 'meetings', columns: meetings },
  agenda: { key: 'agenda', columns: agenda },
};
