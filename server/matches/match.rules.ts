/**
 * The rules of a match's life, as pure functions: which stage may follow which, and which dates may be written.
 * Each returns why not (a sentence naming the problem) or undefined; the service turns that into a BadInputError.
 */
import { type MatchStageCode, matchMoves, matchStages } from '../vocabulary/matchCodes.js';

const named = (stage: MatchStageCode) => `${stage} (${matchStages.labels[stage]})`;

/** Why a match may not move from one stage to another. */
export function stageProblem(from: MatchStageCode, to: MatchStageCode): string | undefined {
  if (from === to) return `the match is in ${named(from)} already`;
  const allowed = matchMoves[from];
  if (allowed.length === 0) return `a match in ${named(from)} does not change; propose a new match instead`;
  if (!allowed.includes(to)) {
    return `a match in ${named(from)} moves on only to ${allowed.map(named).join(' or ')}`;
  }
  return undefined;
}

/** Why a dated step may not be written: before an earlier step, or after today (it records what happened). */
export function stepDateProblem(
  field: string,
  date: string,
  limits: { notBefore?: { date: string; what: string }; today: string },
): string | undefined {
  if (limits.notBefore && date < limits.notBefore.date) {
    return `${field} (${date}) is before ${limits.notBefore.what} (${limits.notBefore.date})`;
  }
  if (date > limits.today) return `${field} (${date}) is after today (${limits.today}): it records what has happened`;
  return undefined;
}

/** The next follow-up of a match still going on: the latest follow-up's next date, else the one set when it began. */
export function nextFollowUp(
  stage: MatchStageCode,
  planned: string | null,
  followUps: readonly { on: string; nextOn: string | null }[],
): string | null {
  if (stage === 'ENDED' || stage === 'DECLINED') return null;
  const latest = [...followUps].sort((a, b) => b.on.localeCompare(a.on))[0];
  return latest ? latest.nextOn : planned;
}
