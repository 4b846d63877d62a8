/**
 * Finds the Cypher in TypeScript sources and what it does to the audit log. A string or template literal counts as
 * Cypher when it holds a clause keyword; `${…}` parts are read as `§` (labels come from fixed lists).
 */
import ts from 'typescript';

export const auditLabels = ['AuditEvent', 'AuditHead', 'AuditSubject'] as const;
const mentionsAudit = /\b(AuditEvent|AuditHead|AuditSubject)\b|:\s*ABOUT\b/;
const clause = /\b(MATCH|MERGE|CREATE|RETURN|UNWIND|DELETE|DETACH|REMOVE|SET|CALL|FOREACH)\b/;

/** Every literal of the source that reads as Cypher, plus every literal that is exactly an audit label. */
export function cypherIn(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    if (ts.isTemplateExpression(node))
      literal = [node.head.text, ...node.templateSpans.map((s) => `§${s.literal.text}`)].join('');
    if (literal !== undefined && (clause.test(literal) || (auditLabels as readonly string[]).includes(literal)))
      found.push(literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function touchesAudit(cypher: string): boolean {
  return mentionsAudit.test(cypher) || (auditLabels as readonly string[]).includes(cypher);
}

const binders = /\b(OPTIONAL\s+MATCH|MATCH|MERGE|CREATE|WHERE|FOREACH|CALL)\b/g;

/** The clause keyword in force at a position of the statement. */
function clauseAt(cypher: string, index: number): string {
  let last = '';
  for (const match of cypher.slice(0, index).matchAll(binders)) last = match[1].replace(/\s+/g, ' ');
  return last;
}

/** The variables bound to AuditEvent nodes, and whether each was bound by CREATE (the one place a SET is fine). */
function eventVariables(cypher: string): { name: string; created: boolean }[] {
  const out: { name: string; created: boolean }[] = [];
  for (const match of cypher.matchAll(/(\w+)\s*(?::\s*\w+\s*)*:\s*AuditEvent\b/g)) {
    out.push({ name: match[1], created: clauseAt(cypher, match.index) === 'CREATE' });
  }
  return out;
}

/** The text of each SET clause (ON CREATE SET / ON MATCH SET included). */
function setClauses(cypher: string): string[] {
  const end = /\b(OPTIONAL|MATCH|MERGE|CREATE|WITH|RETURN|UNWIND|CALL|FOREACH|DELETE|DETACH|REMOVE|ON|WHERE)\b|[|)}]|$/;
  return [...cypher.matchAll(/\bSET\b/g)].map((match) => {
    const rest = cypher.slice(match.index + 3);
    return rest.slice(0, rest.search(end));
  });
}

/** What a statement does to the audit log that an append-only log forbids; empty when nothing. */
export function auditViolations(cypher: string): string[] {
  const problems: string[] = [];
  if (touchesAudit(cypher) && /\b(DELETE|REMOVE)\b/.test(cypher))
    problems.push('deletes or removes in a statement on the audit log');
  for (const variable of eventVariables(cypher)) {
    if (variable.created) continue;
    const assigns = new RegExp(`(^|[\\s,])${variable.name}\\s*(\\.\\w+\\s*=|=|\\+=|:)`);
    if (setClauses(cypher).some((set) => assigns.test(set)))
      problems.push(`SETs the existing AuditEvent "${variable.name}"`);
  }
  // a delete of a node matched with no label at all would take audit events with it
  for (const match of cypher.matchAll(/\bDELETE\s+(\w+(?:\s*,\s*\w+)*)/g)) {
    for (const name of match[1].split(/\s*,\s*/)) {
      const bound = new RegExp(`\\(\\s*${name}\\s*(\\)|\\{)`).test(cypher);
      const labelled = new RegExp(`\\(\\s*${name}\\s*:`).test(cypher) || new RegExp(`\\[\\s*${name}\\s*:`).test(cypher);
      if (bound && !labelled) problems.push(`DELETEs "${name}", a node matched with no label`);
    }
  }
  return problems;
}
