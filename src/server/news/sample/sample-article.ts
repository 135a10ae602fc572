/** A built-in sample article: original text written for this project, not real reporting. */
export interface SampleArticle {
  title: string;
  url: string;
  source: string;
  text: string;
  /** Hours before the first load that the article counts as published. */
  hoursAgo: number;
}

export const SAMPLE_URL_BASE = 'https://samples.market-companion.dev/';

/** Joins paragraphs the way a feed body arrives: blank lines between them. */
export function paragraphs(...parts: string[]): string {
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).join('\n\n');
}

export function sampleUrl(slug: string): string {
  return `${SAMPLE_URL_BASE}${slug}`;
}
