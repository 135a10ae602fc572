/** The SDK polls /status with no overall timeout: past 3x the estimate the user gets the explorer link. */
const WATCHDOG_FACTOR = 3;
/** Tiny estimates (a 10 s swap) would alarm too early on a busy chain. */
const WATCHDOG_MIN_SECONDS = 60;

export function watchdogDeadline(startedAtMs: number, estimatedSeconds: number): number {
  const estimate = Number.isFinite(estimatedSeconds) && estimatedSeconds > 0 ? estimatedSeconds : 0;
  return startedAtMs + Math.max(estimate * WATCHDOG_FACTOR, WATCHDOG_MIN_SECONDS) * 1000;
}

export function isOverdue(nowMs: number, startedAtMs: number, estimatedSeconds: number): boolean {
  return nowMs >= watchdogDeadline(startedAtMs, estimatedSeconds);
}

/** LI.FI's public explorer for a source transaction. */
export function lifiExplorerUrl(txHash: string): string {
  return `https://scan.li.fi/tx/${txHash}`;
}
