import { createRequire } from 'node:module';

type SanitizeHtml = typeof import('sanitize-html');
let sanitizer: SanitizeHtml | undefined;
/**
 * sanitize-html (with postcss and htmlparser2) takes ~0.3 s to load, and only ingestion needs it: it is required
 * (CommonJS, synchronously) on the first use, so a start that serves stored news never pays for it.
 */
function sanitizeHtml(html: string, options: import('sanitize-html').IOptions): string {
  sanitizer ??= createRequire(import.meta.url)('sanitize-html') as SanitizeHtml;
  return sanitizer(html, options);
}

/** Elements whose contents are never text a reader should see. */
const DROPPED_WITH_CONTENTS = [
  'script', 'style', 'iframe', 'svg', 'math', 'noscript', 'object', 'embed', 'template',
  'textarea', 'option', 'select', 'button', 'canvas', 'audio', 'video', 'noembed', 'noframes', 'xmp', 'head', 'title',
];

const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|pre|hr|figure|figcaption)\b[^>]*>/gi;
// A "<" opens markup only when markup follows: a whole tag, comment or declaration up to its ">", an end
// tag, or a tag cut off after an attribute ("<img src=x onerror=…"). Any other "<" is text a writer meant
// ("a<b", "<3", "x < y"), which an HTML parser would swallow up to the next ">" or the end.
const TAG_NAME = String.raw`[a-zA-Z][\w:.-]*`;
const MARKUP = [
  String.raw`\/?${TAG_NAME}(?:\s[^<>]*)?\/?>`,
  String.raw`\/${TAG_NAME}`,
  String.raw`${TAG_NAME}(?:\s[^<>]*)?\s[a-zA-Z_:][\w:.-]*=`,
  String.raw`!--[^<>]*-->`,
  String.raw`![a-zA-Z][^<>]*>`,
  String.raw`\?[^<>]*>`,
  String.raw`!\[CDATA\[`,
].join('|');
const MARKUP_START = new RegExp(`<(?=${MARKUP})`, 'g');
const TEXT_LESS_THAN = new RegExp(`<(?!${MARKUP})`, 'g');

/** Raw HTML beyond this is cut before parsing, so a huge item cannot exhaust memory or time. */
export const MAX_HTML_CHARS = 400_000;

function stripOnce(html: string): string {
  const withBreaks = html.replace(TEXT_LESS_THAN, '&lt;').replace(BLOCK_TAG, '$&\n');
  const escaped = sanitizeHtml(withBreaks, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: DROPPED_WITH_CONTENTS,
  });
  // sanitize-html re-escapes the text it keeps; with no tags allowed these are the only entities left.
  return escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v\u00a0 ]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Turns untrusted feed HTML into plain text: no tags survive (not even entity-encoded ones),
 * and the contents of script/style/iframe/svg... are dropped entirely.
 */
export function htmlToText(html: string, maxChars = 20_000): string {
  let text = stripOnce(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  // Entity-encoded markup ("&lt;script&gt;") decodes into tags on the first pass; strip again.
  for (let pass = 0; pass < 3 && text.search(MARKUP_START) !== -1; pass += 1) text = stripOnce(text);
  text = text.replace(MARKUP_START, '');
  text = tidyWhitespace(text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ''));
  return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
}

/** A one-line plain-text version (titles, source names). */
export function htmlToLine(html: string, maxChars = 300): string {
  return htmlToText(html, maxChars).replace(/\s+/g, ' ').trim();
}
