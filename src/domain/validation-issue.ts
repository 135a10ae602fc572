import * as v from 'valibot';

/** "field.path: what was wrong" for one valibot issue; `root` names the value itself (an issue with no path). */
export function describeIssue(issue: v.BaseIssue<unknown>, root: string): string {
  return `${v.getDotPath(issue) || root}: ${issue.message}`;
}

/** The first `max` issues, each with its field path, joined by "; ". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root: string, max = 3): string {
  const described = issues.slice(0, max).map((issue) => describeIssue(issue, root));
  return issues.length > max ? `${described.join('; ')}; and ${issues.length - max} more` : described.join('; ');
}

/** v.parse whose error names each offending field (v.parse's message gives only the first issue's text, no path). */
export function parseOrThrow<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): T {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new Error(`${what} does not match its schema (${describeIssues(result.issues, what)})`);
  return result.output;
}
