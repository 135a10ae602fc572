/** How much exposure lifts a story: a story about everything you hold counts (1 + 9) = 10× its importance. */
export const EXPOSURE_WEIGHT = 9;
/** A story loses half its weight every day. */
export const HALF_LIFE_HOURS = 24;
const HOUR_MS = 3_600_000;

export interface RankItem {
  id: string;
  importance: number;
  /** ISO 8601 */
  publishedAt: string;
  /** Exposure share 0..1 (0 without a wallet). */
  share: number;
}

/** importance × (1 + 9 × exposure share) × ½^(age / 24 h); a story dated in the future counts as new. Pure. */
export function forYouScore(item: RankItem, now: number): number {
  const ageHours = Math.max(0, (now - Date.parse(item.publishedAt)) / HOUR_MS);
  return item.importance * (1 + EXPOSURE_WEIGHT * item.share) * 0.5 ** (ageHours / HALF_LIFE_HOURS);
}

/** The "For you" order: highest score first; ties by newest, then by id (descending), so the order never depends on input order. */
export function rankForYou<T extends RankItem>(items: readonly T[], now: number): T[] {
  const scored = items.map((item) => ({ item, score: forYouScore(item, now), time: Date.parse(item.publishedAt) }));
  scored.sort((a, b) => b.score - a.score || b.time - a.time || (a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0));
  return scored.map((s) => s.item);
}
