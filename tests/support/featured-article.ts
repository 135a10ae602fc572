import * as v from 'valibot';
import { articleWithRelatedSchema, type ArticleWithRelated } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { ingestRawItems } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { PIXEL_PNG } from './images';
import { startLoopbackServer, type LoopbackServer } from './loopback-http';

export const FEATURED = {
  title: 'Wrapped Ether pools drained in $420 million exploit',
  author: 'Dana Whitfield',
  source: 'Chain Desk',
  picturePath: '/pictures/weth-exploit.png',
} as const;

/** A loopback host serving the featured article's picture (a real PNG); pass its origin in IMAGE_PROXY_HOSTS. */
export function startPictureHost(): Promise<LoopbackServer> {
  return startLoopbackServer((request) => (request.path === FEATURED.picturePath
    ? { headers: { 'content-type': 'image/png' }, body: PIXEL_PNG }
    : { status: 404, body: 'no such picture' }));
}

/**
 * Ingests, through the real path (sanitise, offline analysis, store), one story with a byline and a
 * picture: bearish and important, about WETH, so the offline agent proposes moving part of a WETH
 * holding to a stablecoin (an ERC-20 sale: an exact approval, then the swap).
 */
export async function ingestFeaturedArticle(server: RunningServer, pictureHost: LoopbackServer): Promise<ArticleWithRelated> {
  const report = await ingestRawItems([{
    title: FEATURED.title,
    link: 'https://chaindesk.example/markets/weth-exploit',
    date: new Date().toISOString(),
    author: FEATURED.author,
    imageUrl: `${pictureHost.url}${FEATURED.picturePath}`,
    html: `<p>Attackers drained $420 million of Wrapped Ether (WETH) from lending pools in a major exploit on Tuesday,
      the largest hack of the year. WETH liquidity collapsed, liquidations hit record levels and regulators warned of
      contagion as the stolen funds moved through mixers.</p><p>Security firms said the vulnerability affected several
      protocols holding WETH, and withdrawals were halted while investigators traced the hackers.</p>`,
  }], { feed: 'featured', source: FEATURED.source }, newsServicesFor(server.ctx));
  if (report.new !== 1) throw new Error(`featured article not stored: ${JSON.stringify(report)}`);
  const list = (await (await fetch(`${server.url}/api/news?q=${encodeURIComponent('Wrapped Ether pools')}`)).json()) as { articles: { id: string }[] };
  const id = list.articles[0]?.id;
  if (!id) throw new Error('featured article not listed');
  return v.parse(articleWithRelatedSchema, await (await fetch(`${server.url}/api/news/${id}`)).json());
}
