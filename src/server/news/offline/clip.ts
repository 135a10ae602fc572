/** Shortens text to at most max characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Lower-case letters and digits only, for comparing sentences. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Share of distinct words two texts have in common (Jaccard). */
export function overlap(a: string, b: string): number {
  const wa = new Set(normalise(a).split(' '));
  const wb = new Set(normalise(b).split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  const union = wa.size + wb.size - shared;
  return union === 0 ? 1 : shared / union;
}
