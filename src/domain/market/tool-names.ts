/** Tool names that are also ordinary words: they count only beside a word that makes them a protocol ("Across Protocol"). */
const COMMON_WORD_TOOLS = new Set(['across', 'relay', 'hop', 'squid', 'bungee', 'circle', 'eco', 'garden', 'near', 'meson', 'orbiter', 'pioneer']);
const QUALIFIERS = '(?:protocol|bridge|network|finance|exchange|dex|labs|swap|aggregator|dao|v\\d)';
const MIN_LENGTH = 3;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The spellings a LI.FI tool goes by in news: its name and key, camel case split ("stargateV2" ->
 * "stargate v2"), and without a trailing version ("Stargate V2" -> "stargate"). Lower case; names shorter
 * than 3 characters ("0x") are left out, they match too much. Every character is literal. Pure.
 */
export function toolSpellings(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of names) {
    const spaced = raw.trim().replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase().replace(/[\s_]+/g, ' ');
    const plain = raw.trim().toLowerCase();
    const unversioned = spaced.replace(/[\s-]*v\s?\d+$/, '').trim();
    for (const spelling of [plain, spaced, unversioned]) if (spelling.length >= MIN_LENGTH) out.add(spelling);
  }
  return [...out];
}

/** A matcher for one tool's spellings over free text (case-insensitive, whole words only). */
export function toolMatcher(names: readonly string[]): (text: string) => boolean {
  const patterns = toolSpellings(names).map((spelling) => {
    const body = escapeRegExp(spelling).replace(/ /g, '[\\s-]?');
    const tail = COMMON_WORD_TOOLS.has(spelling) ? `\\s+${QUALIFIERS}` : '';
    return new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}])`, 'iu');
  });
  return (text) => patterns.some((pattern) => pattern.test(text));
}
