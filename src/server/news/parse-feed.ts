import { parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import { pickAuthor } from './feed-item-author';
import { pickImage } from './feed-item-image';

/** One item as the feed gave it, before sanitising: every field is untrusted. */
export interface RawFeedItem {
  title?: string;
  link?: string;
  /** HTML (or plain text) body: full content when present, else the summary/description. */
  html?: string;
  /** The feed's own date string. */
  date?: string;
  /** Per-item source name, when the item names one (RSS <source>, the sample corpus). */
  source?: string;
  /** Byline (dc:creator, <author>, Atom author, the feed's author for Atom). */
  author?: string;
  /** Picture URL as the feed gives it (media:content/thumbnail, image enclosure, first <img>), not yet checked. */
  imageUrl?: string;
}

interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  link?: string;
  items: RawFeedItem[];
}

/** Feeds rarely carry more than a few dozen items; more is a sign of abuse. */
export const MAX_ITEMS_PER_FEED = 300;

export class FeedParseError extends Error {}

type AtomLink = { href?: string; rel?: string };

function atomAlternate(links: AtomLink[] | undefined): string | undefined {
  const list = links ?? [];
  return (list.find((l) => !l.rel || l.rel === 'alternate') ?? list[0])?.href;
}

function first<T>(values: T[] | undefined): T | undefined {
  return values?.[0];
}

/** Parses RSS 0.9x/2.0, Atom, RDF (RSS 1.0) and JSON Feed text into one item shape. */
export function parseFeedText(text: string): ParsedFeed {
  let feed: ParsedFeed;
  try {
    feed = toParsedFeed(parseAnyFeed<string>(text, { maxItems: MAX_ITEMS_PER_FEED }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedParseError(`not a readable RSS, Atom, RDF or JSON feed (${message})`);
  }
  // The parser is lenient; make sure every field really is a string before anyone trusts it.
  return {
    ...feed,
    title: asText(feed.title),
    link: asText(feed.link),
    items: feed.items.map((item) => ({
      title: asText(item.title), link: asText(item.link), html: asText(item.html), date: asText(item.date), source: asText(item.source),
      author: asText(item.author), imageUrl: asText(item.imageUrl),
    })),
  };
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function toParsedFeed(parsed: AnyFeed<string>): ParsedFeed {
  switch (parsed.format) {
    case 'rss': {
      const feed = parsed.feed;
      return {
        format: 'rss', title: feed.title, link: feed.link,
        items: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
          html: item.content?.encoded ?? item.description,
          date: item.pubDate ?? first(item.dc?.dates),
          source: item.source?.title,
          author: pickAuthor(item.dc?.creators, item.authors),
          imageUrl: pickImage({ media: item.media, enclosures: item.enclosures, html: [item.content?.encoded, item.description] }),
        })),
      };
    }
    case 'atom': {
      const feed = parsed.feed;
      return {
        format: 'atom', title: feed.title?.value, link: atomAlternate(feed.links),
        items: (feed.entries ?? []).map((entry) => ({
          title: entry.title?.value,
          link: atomAlternate(entry.links),
          html: entry.content?.value ?? entry.summary?.value,
          date: entry.published ?? entry.updated,
          // RFC 4287 §4.2.1: an entry without an author has the feed's.
          author: pickAuthor(entry.authors, entry.dc?.creators, feed.authors),
          imageUrl: pickImage({ media: entry.media, links: entry.links, html: [entry.content?.value, entry.summary?.value] }),
        })),
      };
    }
    case 'rdf': {
      const feed = parsed.feed;
      return {
        format: 'rdf', title: feed.title, link: feed.link,
        items: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.link ?? item.rdf?.about,
          html: item.content?.encoded ?? item.description,
          date: first(item.dc?.dates),
          author: pickAuthor(item.dc?.creators),
          imageUrl: pickImage({ media: item.media, html: [item.content?.encoded, item.description] }),
        })),
      };
    }
    case 'json': {
      const feed = parsed.feed;
      return {
        format: 'json', title: feed.title, link: feed.home_page_url,
        items: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.url ?? item.external_url,
          html: item.content_html ?? item.content_text ?? item.summary,
          date: item.date_published ?? item.date_modified,
          author: pickAuthor(item.authors, feed.authors),
          imageUrl: item.image ?? item.banner_image ?? pickImage({ html: [item.content_html] }),
        })),
      };
    }
  }
}
