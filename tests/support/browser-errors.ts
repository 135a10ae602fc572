import type { BrowserContext, Page } from 'playwright-core';

/**
 * Every page error, console error and CSP violation of every watched browser context, so a journey
 * fails on an error nobody asserted on. A test that provokes an error on purpose names it with
 * `expectBrowserErrors`; each pattern must then match at least one collected entry.
 */
interface ContextLog {
  entries: string[];
  expected: RegExp[];
  closed: boolean;
}

const logs = new Map<BrowserContext, ContextLog>();
const VIOLATION_BINDING = '__reportCspViolation';

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
}

// Runs in the page before its own scripts; the capture listener on window sees the event before any page code could stop it.
function listenForViolations(binding: string): void {
  addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (v: Violation) => void>)[binding];
    report?.({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sourceFile: event.sourceFile, line: event.lineNumber });
  }, true);
}

/** Starts collecting for `context`; call before its first page opens. */
export async function watchContext(context: BrowserContext): Promise<void> {
  const log: ContextLog = { entries: [], expected: [], closed: false };
  logs.set(context, log);
  context.on('close', () => { log.closed = true; });
  context.on('weberror', (error) => log.entries.push(`pageerror: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    log.entries.push(`console error: ${message.text()}${url ? ` (at ${url}:${lineNumber})` : ''}`);
  });
  await context.exposeBinding(VIOLATION_BINDING, (_source, v: Violation) => {
    log.entries.push(`csp violation: ${v.directive} blocked ${v.blockedURI || '(none)'}${v.sourceFile ? ` (at ${v.sourceFile}:${v.line})` : ''}`);
  });
  await context.addInitScript({ content: `(${listenForViolations.toString()})(${JSON.stringify(VIOLATION_BINDING)});` });
}

function logOf(page: Page): ContextLog {
  const log = logs.get(page.context());
  if (!log) throw new Error('this page was not opened through tests/support/browser.ts, so its errors are not collected');
  return log;
}

/** The live list of everything collected so far for the page's context. */
export function browserErrors(page: Page): string[] {
  return logOf(page).entries;
}

/** Declares the errors this test provokes on purpose; each pattern must match at least one entry, and only those are forgiven. */
export function expectBrowserErrors(page: Page, patterns: RegExp[]): void {
  logOf(page).expected.push(...patterns);
}

/** Problems since the last check (unexpected entries, expected ones that never came); then starts afresh. */
export function takeBrowserErrorProblems(): string[] {
  const problems: string[] = [];
  for (const [context, log] of logs) {
    problems.push(...log.entries.filter((entry) => !log.expected.some((pattern) => pattern.test(entry))));
    for (const pattern of log.expected) {
      if (!log.entries.some((entry) => pattern.test(entry))) problems.push(`expected a browser error matching ${pattern}, none came`);
    }
    log.entries.length = 0;
    log.expected.length = 0;
    if (log.closed) logs.delete(context);
  }
  return problems;
}
