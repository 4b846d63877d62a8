/**
 * A refusal met by a command run as a user (`--as USER`) is recorded as the API records one (audit.plugin.ts): who
 * asked, from the console, for what, and why it was refused.
 */
import { GraphQLError } from 'graphql';
import { refusalCodes } from '../audit/audit.plugin.js';
import { audit } from '../audit/audit.service.js';
import type { Graph } from '../graph/graph.js';

export async function auditConsoleRefusal(
  graph: Graph,
  username: string | undefined,
  action: string,
  error: unknown,
): Promise<void> {
  if (!username || !(error instanceof GraphQLError)) return;
  const code = error.extensions.code;
  if (typeof code !== 'string' || !refusalCodes.has(code)) return;
  await audit(
    graph,
    { username, role: null, requestId: `console: ${action}`, address: 'console' },
    { kind: 'REFUSAL', action, message: `[${code}]: ${error.message}` },
  );
}
