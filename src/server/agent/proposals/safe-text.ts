/** 40 hex digits, with or without 0x: anything that could be pasted as an address to pay. */
const ADDRESS_LIKE = /\b(?:0x)?[0-9a-fA-F]{40}\b/g;
// Control and invisible characters (bidi overrides, zero-width) that can hide or reorder text.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export const REDACTED_ADDRESS = '[address removed]';

export interface SafeTextOptions {
  userAddress?: string | null;
  maxLength?: number;
}

/** Removes control and invisible characters (per character, so it can run on any piece of a text). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Replaces every address-like run but the user's own. A match is always a whole word run
 * (`\b` on both sides), which is what lets safe-text-stream redact text that arrives in pieces.
 */
export function redactAddresses(text: string, userAddress?: string | null): string {
  const own = userAddress?.toLowerCase().replace(/^0x/, '');
  return text.replace(ADDRESS_LIKE, (match) => (own && match.toLowerCase().replace(/^0x/, '') === own ? match : REDACTED_ADDRESS));
}

/**
 * Makes untrusted text (model output, article titles) safe to show next to a trade: strips
 * invisible characters and removes every address except the user's own, so no text the agent
 * returns can tell the user where to send money.
 */
export function safeText(text: string, options: SafeTextOptions = {}): string {
  const cleaned = redactAddresses(stripInvisible(text), options.userAddress);
  const max = options.maxLength;
  return max !== undefined && cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

/** One line of untrusted text: whitespace collapsed, then made safe. */
export function safeLine(text: string, options: SafeTextOptions = {}): string {
  return safeText(text.replace(/\s+/g, ' ').trim(), options);
}
