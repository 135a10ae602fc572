/** Spam and dust rules for token rows. Pure, shared by the server (never returns spam) and the UI (hides dust). */

/** A holding worth less than this (in USD) is dust: kept in the data, hidden by default in the UI. */
const DUST_THRESHOLD_USD = 0.01;

/** True when the value is known and below one cent. Unknown values are never dust: they stay visible. */
export function isDust(valueUSD: number | null): boolean {
  return valueUSD !== null && valueUSD < DUST_THRESHOLD_USD;
}

// Airdrop-spam tokens put a call to action or a link in their symbol or name.
const SPAM_WORDS = /\b(claim|claimable|visit|reward|rewards|airdrop|voucher|bonus|giveaway|redeem|free|gift|access|activate|eligible)\b/i;
const URL_LIKE = /(https?:|www\.|t\.me\/|\.(com|io|org|net|xyz|app|site|online|live|top|vip|pro|cc|us|gg|link)\b)/i;
// Cyrillic, Greek, Armenian, Cherokee letters and full-width forms pass for Latin ones; zero-width and
// bidi controls hide text. Legitimate tickers in the LI.FI list do not use them.
const LOOKALIKE_OR_HIDDEN = /[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u13a0-\u13ff\uff00-\uffef\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
// Symbols are short tickers: letters, digits and a little punctuation (₮ for USD₮0).
const PLAIN_SYMBOL = /^[A-Za-z0-9.\-_+$₮€]{1,20}$/;

interface TokenLabel {
  symbol: string;
  name: string;
}

/** The reason a token looks like spam, or null when it looks like an ordinary token. */
export function spamReason(token: TokenLabel): string | null {
  const { symbol, name } = token;
  if (!PLAIN_SYMBOL.test(symbol)) return 'symbol has unusual characters';
  for (const [field, text] of [['symbol', symbol], ['name', name]] as const) {
    if (LOOKALIKE_OR_HIDDEN.test(text)) return `${field} has look-alike or hidden characters`;
    if (URL_LIKE.test(text)) return `${field} contains a link`;
    if (SPAM_WORDS.test(text)) return `${field} contains a call to action`;
  }
  if (name.length > 64) return 'name is unusually long';
  return null;
}

export function isSpamToken(token: TokenLabel): boolean {
  return spamReason(token) !== null;
}
