/** The media fields feedsmith may give an item or entry; every value is untrusted and may be any type. */
interface MediaLike {
  contents?: unknown;
  groups?: unknown;
  thumbnails?: unknown;
}

interface ImageSources {
  media?: MediaLike;
  /** RSS <enclosure> elements. */
  enclosures?: unknown;
  /** Atom <link> elements (rel="enclosure" with an image type carries a picture). */
  links?: unknown;
  /** HTML bodies searched for a first <img> when no element names a picture. */
  html?: Array<string | undefined>;
}

type Entry = Record<string, unknown>;

function entries(value: unknown): Entry[] {
  return Array.isArray(value) ? value.filter((v): v is Entry => typeof v === 'object' && v !== null) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isImageType(type: unknown): boolean {
  return typeof type === 'string' && /^image\//i.test(type.trim());
}

// media:content also carries video and audio; an entry that names neither a medium nor a type is taken
// as a picture, which is how feeds without the optional attributes mean it.
function isPictureContent(content: Entry): boolean {
  if (content.medium !== undefined) return content.medium === 'image';
  return content.type === undefined || isImageType(content.type);
}

function fromMedia(media: MediaLike | undefined): string | undefined {
  if (!media || typeof media !== 'object') return undefined;
  const contents = [...entries(media.contents), ...entries(media.groups).flatMap((g) => entries(g.contents))];
  const picture = contents.find((c) => isPictureContent(c) && text(c.url));
  const thumbnail = [...entries(media.thumbnails), ...contents.flatMap((c) => entries(c.thumbnails))].find((t) => text(t.url));
  return text(picture?.url) ?? text(thumbnail?.url);
}

const IMG_TAG = /<img\b[^>]*>/gi;
const SRC_ATTR = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const PIXEL = /\s(?:width|height)\s*=\s*["']?[01]["'\s/>]/i;

function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/gi, '&').replace(/&quot;/gi, '"').replace(/&#0*39;|&apos;/gi, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

/** The src of the first <img> in untrusted HTML that is not a 1×1 tracking pixel. */
export function firstHtmlImage(html: string | undefined): string | undefined {
  if (typeof html !== 'string') return undefined;
  for (const [tag] of html.slice(0, 200_000).matchAll(IMG_TAG)) {
    if (PIXEL.test(tag)) continue;
    const match = SRC_ATTR.exec(tag);
    const src = match ? text(decodeAttribute(match[1] ?? match[2] ?? match[3] ?? '')) : undefined;
    if (src) return src;
  }
  return undefined;
}

/**
 * The item's picture, as the feed gives it (not yet checked as a URL): media:content/group/thumbnail,
 * then an image enclosure, then the first <img> of the body.
 */
export function pickImage(sources: ImageSources): string | undefined {
  const enclosure = [...entries(sources.enclosures), ...entries(sources.links).filter((l) => l.rel === 'enclosure')]
    .find((e) => isImageType(e.type) && text(e.url ?? e.href));
  return fromMedia(sources.media)
    ?? text(enclosure?.url ?? enclosure?.href)
    ?? (sources.html ?? []).map(firstHtmlImage).find(Boolean);
}
