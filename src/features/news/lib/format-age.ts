const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
});

/** "just now", "5 min ago", "3 h ago", "2 d ago", then the date ("4 Mar 2025") after a week. */
export function formatAge(publishedAt: string, now: number): string {
  const time = Date.parse(publishedAt);
  if (Number.isNaN(time)) return 'unknown date';
  // A feed clock slightly ahead of ours must not read "in 3 min".
  const elapsed = Math.max(0, now - time);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  if (elapsed < 7 * DAY) return `${Math.floor(elapsed / DAY)} d ago`;
  return dateFormat.format(time);
}

/** The full local date and time, for tooltips and the article view. */
export function formatDateTime(publishedAt: string): string {
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? 'unknown date' : dateTimeFormat.format(time);
}
