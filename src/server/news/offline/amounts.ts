/** A money amount found in text, in units of its currency (USD and EUR treated alike for importance). */
export interface Amount {
  text: string;
  value: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};

// "$1.2 billion", "$300M", "US$ 40m", "€2bn", "USD 5 million", "500 million" (a scale word alone is enough).
const AMOUNT =
  /(?<![\p{L}\p{N}.])(\$|US\$|USD\s?|€|EUR\s?|£)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(trillion|billion|million|thousand|mln|mn|bn|tn|[kmbt])\b)?/giu;

/** Money amounts in a text, largest first. Bare numbers without a currency or a scale word are ignored. */
export function parseAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, currency, digits, scaleWord] = m;
    if (!currency && !scaleWord) continue;
    const scaleKey = (scaleWord ?? '').toLowerCase();
    // A single-letter scale without a currency ("5 m", "3 t") is more likely a unit than money.
    if (!currency && scaleKey.length === 1) continue;
    const value = Number((digits ?? '').replace(/,/g, '')) * (SCALES[scaleKey] ?? 1);
    if (Number.isFinite(value) && value > 0) out.push({ text: whole.trim(), value });
  }
  return out.sort((a, b) => b.value - a.value);
}

/** "$1.2B" style short form for explanations. */
export function formatAmount(value: number): string {
  const units: Array<[number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, suffix] of units) {
    if (value >= size) return `$${Number((value / size).toFixed(1))}${suffix}`;
  }
  return `$${Math.round(value)}`;
}
