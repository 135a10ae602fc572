const PROLOG_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  const match = contentType?.match(/charset\s*=\s*"?([^";\s]+)"?/i);
  return match?.[1];
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetFromProlog(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  return head.match(PROLOG_ENCODING)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined; // unknown label: fall through to the next source of truth
  }
}

// Node 20 decodes windows-1252 (and its aliases latin1, iso-8859-1) as plain latin1, leaving
// 0x80-0x9F as control characters; map them to what windows-1252 means (curly quotes, euro...).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

/**
 * Decodes feed bytes to text. Order: byte-order mark, then the Content-Type charset,
 * then the XML prolog's encoding, then UTF-8. Malformed sequences become U+FFFD, never an exception.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const decoder =
    decoderFor(charsetFromBom(bytes)) ??
    decoderFor(charsetFromContentType(contentType)) ??
    decoderFor(charsetFromProlog(bytes)) ??
    new TextDecoder('utf-8');
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
}
