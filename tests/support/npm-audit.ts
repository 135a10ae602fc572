/**
 * CI's supply-chain gate (.ci/run): `npm audit --omit=dev --json`, failing on any high or critical
 * advisory in what users run. When npm's advisory endpoint cannot be reached (this machine's registry
 * proxy answers only GET and HEAD, so npm's POST to /-/npm/v1/security/advisories/bulk gets a 405) it
 * says so in one line and does not pass silently: "audit endpoint unreachable: skipped (…)".
 *
 *   node --import tsx tests/support/npm-audit.ts     exit 0: clean or skipped; 1: a finding or a broken run
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * High or critical findings that were read and judged not to reach users, by package name, each with
 * the reason (also given in the README's supply-chain paragraph). Empty: none so far.
 */
export const ACCEPTED_FINDINGS: Readonly<Record<string, string>> = {};

export type AuditVerdict =
  | { kind: 'clean'; summary: string }
  | { kind: 'findings'; summary: string; findings: string[] }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'broken'; reason: string };

interface AuditVulnerability {
  name?: string;
  severity?: string;
  via?: (string | { title?: string; url?: string; severity?: string })[];
  fixAvailable?: unknown;
}

interface AuditJson {
  vulnerabilities?: Record<string, AuditVulnerability>;
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  code?: string;
  statusCode?: number;
  uri?: string;
  error?: { code?: string; summary?: string; detail?: string };
}

const NETWORK_CODES = /^(E\d{3}|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN)$/;

/** Reads `npm audit --json`'s output: findings, a clean report, an advisory endpoint that did not answer, or something else gone wrong. */
export function auditVerdict(stdout: string, accepted: Readonly<Record<string, string>> = ACCEPTED_FINDINGS): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'broken', reason: `npm audit printed no JSON: ${stdout.trim().slice(0, 200) || '(nothing)'}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (counts && json.vulnerabilities) {
    const severe = Object.entries(json.vulnerabilities).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
    const findings = severe.filter(([name]) => !(name in accepted)).map(([name, v]) => {
      const titles = (v.via ?? []).map((via) => (typeof via === 'string' ? `via ${via}` : `${via.title ?? 'advisory'}${via.url ? ` ${via.url}` : ''}`));
      return `${v.severity} ${name}: ${titles.join('; ')}${v.fixAvailable ? ' (fix available)' : ''}`;
    });
    const summary = ['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')
      + (severe.length > findings.length ? ` (${severe.length - findings.length} high/critical accepted: ${severe.filter(([n]) => n in accepted).map(([n]) => n).join(', ')})` : '');
    return findings.length > 0 ? { kind: 'findings', summary, findings } : { kind: 'clean', summary };
  }
  const code = json.error?.code || json.code;
  const message = json.error?.summary || json.message || '';
  const aboutAdvisories = /\/-\/npm\/v1\/security\//.test(`${json.uri ?? ''} ${message} ${json.error?.detail ?? ''}`);
  // The advisory endpoint answered with an HTTP error (npm prints the response), or could not be reached at all.
  if (aboutAdvisories && (typeof json.statusCode === 'number' || (code && NETWORK_CODES.test(code)))) return { kind: 'unreachable', reason: message || code || 'no answer' };
  if (code && NETWORK_CODES.test(code) && /audit/i.test(message)) return { kind: 'unreachable', reason: message };
  return { kind: 'broken', reason: `npm audit failed: ${[code, message].filter(Boolean).join(' ') || stdout.trim().slice(0, 200)}` };
}

/** The one line CI prints, and whether CI fails. */
export function auditLine(verdict: AuditVerdict): { line: string; fail: boolean } {
  switch (verdict.kind) {
    case 'clean': return { line: `npm audit --omit=dev: no high or critical finding (${verdict.summary})`, fail: false };
    case 'findings': return { line: `npm audit --omit=dev: FAILED, high/critical findings (${verdict.summary}):\n  ${verdict.findings.join('\n  ')}`, fail: true };
    case 'unreachable': return { line: `npm audit --omit=dev: audit endpoint unreachable: skipped (${verdict.reason})`, fail: false };
    case 'broken': return { line: `npm audit --omit=dev: FAILED, ${verdict.reason}`, fail: true };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  const verdict: AuditVerdict = run.error
    ? { kind: 'unreachable', reason: `npm audit did not finish: ${run.error.message}` }
    : auditVerdict(run.stdout);
  const { line, fail } = auditLine(verdict);
  console.log(line);
  process.exit(fail ? 1 : 0);
}
