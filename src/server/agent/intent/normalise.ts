/** One word of a message: `raw` keeps the user's case (needed for the lone "S" token), `text` is lower-case. */
export interface Word {
  raw: string;
  text: string;
}

export interface Normalised {
  words: Word[];
  /** A wallet address or ENS name appears: this app never pays anyone but the user. */
  mentionsAddress: boolean;
}

const ADDRESS = /\b0x[0-9a-f]{3,}/i;
const ENS_NAME = /\b[a-z][a-z0-9-]*\.(?:eth|base\.eth|cb\.id)\b/i;
const ARROW = /(?:-+>|=+>|[→⇒⟶➡➔➜>])/g;
const FRACTION_WORDS: Record<string, string> = { '1/2': 'half', '1/4': 'quarter', '3/4': 'three quarters' };
const UNIT_SUFFIX = /^(?:k|m|b|bn|mm)$/i;

/** Lower-level clean-up shared by every later step: arrows become "to", numbers are split from units. */
export function normalise(text: string): Normalised {
  // Zero-width characters would split "e\u200Bth" into two words that mean nothing.
  let s = text.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  const mentionsAddress = ADDRESS.test(s) || ENS_NAME.test(s);
  s = s
    .replace(/['‘’`´]/g, '')
    .replace(/\u2212/g, '-')
    .replace(ARROW, ' to ')
    .replace(/(^|\s)([13])\/([24])(?=\s|$)/g, (_m, pre: string, top: string, bottom: string) => `${pre}${FRACTION_WORDS[`${top}/${bottom}`] ?? `${top}/${bottom}`}`)
    .replace(/\d+\/\d+/g, ' unreadable-fraction ')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/\$/g, ' $ ')
    .replace(/%/g, ' % ')
    .replace(/(^|\s)-\s*(?=\.?\d|\$)/g, '$1 minus ')
    .replace(/[^\p{L}\p{N}.$%-]+/gu, ' ')
    .replace(/(^|\s)(\d[\d.]*|\.\d+)([a-z][a-z.]*)(?=\s|$)/gi, (_m, pre: string, num: string, unit: string) =>
      UNIT_SUFFIX.test(unit) ? `${pre}${num}${unit}` : `${pre}${num} ${unit}`,
    );
  const words: Word[] = [];
  for (const piece of s.split(/\s+/)) {
    const raw = piece.replace(/^-+|-+$/g, '').replace(/\.+$/, '').replace(/^\.+(?!\d)/, '');
    if (raw !== '') words.push({ raw, text: raw.toLowerCase() });
  }
  return { words, mentionsAddress };
}
