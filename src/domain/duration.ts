/**
 * "about 45 s", "about 2 min", "about 1.5 h": the one wording of an estimated duration, so the agent's
 * card and the trade review say the same for the same route. No estimate (0, negative, NaN) is "unknown".
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return 'unknown';
  if (seconds < 90) return `about ${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} min`;
  return `about ${Math.round(seconds / 360) / 10} h`;
}
