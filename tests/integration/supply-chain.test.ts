import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditLine, auditVerdict } from '../support/npm-audit';

/*
 * The supply-chain checks that hold offline (npm's advisory endpoint is not reachable from every
 * machine; .ci/run runs `npm audit` itself when it is): every dependency pinned to one exact version,
 * and a lockfile that makes `npm ci` install exactly those bytes from the public registry.
 */

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

describe('dependency pinning', () => {
  it('pins every runtime and dev dependency to one exact registry version (no ranges, tags, git, file or URL specs)', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, spec]) => !EXACT.test(spec)).map(([name, spec]) => `${name}@${spec}`);
    expect(loose).toEqual([]);
    expect(Object.keys(pkg.dependencies).length).toBeGreaterThan(10);
  });

  it('has a v3 lockfile whose root matches package.json exactly', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages['']!;
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it('locks every package, direct or transitive, to a version with a sha512 integrity hash from the public registry', () => {
    const entries = Object.entries(lock.packages).filter(([path]) => path !== '');
    expect(entries.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const [path, entry] of entries) {
      if (entry.link) problems.push(`${path}: a link, not a registry package`);
      if (!entry.version || !EXACT.test(entry.version)) problems.push(`${path}: version ${String(entry.version)}`);
      if (!/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity ?? '')) problems.push(`${path}: integrity ${String(entry.integrity)}`);
      // npm here omits `resolved` (omit-lockfile-registry-resolved); one that is written must be the registry over https.
      if (entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/')) problems.push(`${path}: resolved ${entry.resolved}`);
    }
    expect(problems).toEqual([]);
  });

  it('has installed exactly the locked version of every runtime dependency', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      const manifest = `node_modules/${name}/package.json`;
      expect(existsSync(manifest), manifest).toBe(true);
      expect((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version, name).toBe(pkg.dependencies[name]);
    }
  });
});

// What `npm audit --omit=dev --json` printed on this machine (the registry proxy allows only GET and HEAD).
const PROXY_405 = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST', uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'], 'content-length': ['0'] }, statusCode: 405, body: '', error: { summary: '', detail: '' },
});

function report(vulnerabilities: Record<string, { severity: string; title: string }>): string {
  const counts: Record<string, number> = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (const v of Object.values(vulnerabilities)) counts[v.severity]! += 1;
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(Object.entries(vulnerabilities).map(([name, v]) => [name, {
      name, severity: v.severity, isDirect: false, via: [{ source: 1, name, title: v.title, url: `https://github.com/advisories/GHSA-${name}`, severity: v.severity }],
      effects: [], range: '<9.9.9', nodes: [`node_modules/${name}`], fixAvailable: true,
    }])),
    metadata: { vulnerabilities: { ...counts, total: Object.keys(vulnerabilities).length }, dependencies: { prod: 500, dev: 0, total: 500 } },
  });
}

describe('the npm audit gate', () => {
  it('reports an unreachable advisory endpoint as skipped, in one clear line, and does not fail CI for it', () => {
    const verdict = auditVerdict(PROXY_405);
    expect(verdict.kind).toBe('unreachable');
    const { line, fail } = auditLine(verdict);
    expect(line).toMatch(/audit endpoint unreachable: skipped \(405 Method Not Allowed - POST .*advisories\/bulk\)/);
    expect(fail).toBe(false);
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed', detail: '' } })).kind).toBe('unreachable');
  });

  it('fails on a high or a critical finding and names it', () => {
    const verdict = auditVerdict(report({ 'left-pad': { severity: 'high', title: 'Prototype pollution' }, minimist: { severity: 'critical', title: 'RCE' }, debug: { severity: 'low', title: 'ReDoS' } }));
    expect(verdict.kind).toBe('findings');
    const { line, fail } = auditLine(verdict);
    expect(fail).toBe(true);
    expect(line).toContain('high left-pad: Prototype pollution https://github.com/advisories/GHSA-left-pad (fix available)');
    expect(line).toContain('critical minimist: RCE');
    expect(line).not.toContain('debug:');
  });

  it('passes with only low or moderate findings, or none', () => {
    expect(auditLine(auditVerdict(report({ debug: { severity: 'moderate', title: 'ReDoS' } })))).toEqual({ line: 'npm audit --omit=dev: no high or critical finding (0 critical, 0 high, 1 moderate, 0 low)', fail: false });
    expect(auditVerdict(report({})).kind).toBe('clean');
  });

  it('passes a high finding only when it is accepted with a reason, and says so', () => {
    const verdict = auditVerdict(report({ 'left-pad': { severity: 'high', title: 'x' } }), { 'left-pad': 'only in the CLI, never served' });
    expect(verdict).toEqual({ kind: 'clean', summary: '0 critical, 1 high, 0 moderate, 0 low (1 high/critical accepted: left-pad)' });
  });

  it('fails, not skips, when npm audit breaks for another reason', () => {
    expect(auditLine(auditVerdict('')).fail).toBe(true);
    expect(auditLine(auditVerdict('npm ERR! something')).fail).toBe(true);
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: '' } }))).toEqual({ kind: 'broken', reason: 'npm audit failed: ENOLOCK This command requires an existing lockfile.' });
  });
});
