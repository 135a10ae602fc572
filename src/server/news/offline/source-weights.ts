/** Small nudges for well-known outlets (positive) and press-release wires (negative). Matched case-insensitively. */
const SOURCE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['reuters', 1],
  ['bloomberg', 1],
  ['financial times', 1],
  ['wall street journal', 1],
  ['associated press', 1],
  ['the economist', 0.5],
  ['cnbc', 0.5],
  ['coindesk', 0.5],
  ['the block', 0.5],
  ['decrypt', 0.5],
  ['cointelegraph', 0.5],
  ['blockworks', 0.5],
  ['dl news', 0.5],
  ['market companion sample desk', 0],
  ['pr newswire', -1],
  ['globe newswire', -1],
  ['globenewswire', -1],
  ['business wire', -1],
  ['press release', -1],
  ['sponsored', -1.5],
];

interface SourceWeight {
  source: string;
  weight: number;
}

/** The weight of a source name, 0 when unknown. */
export function sourceWeight(source: string): SourceWeight | null {
  const lower = source.toLowerCase();
  for (const [name, weight] of SOURCE_WEIGHTS) {
    if (lower.includes(name)) return weight === 0 ? null : { source: name, weight };
  }
  return null;
}
