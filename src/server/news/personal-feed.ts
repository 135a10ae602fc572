import type { Address } from 'viem';
import { exposureIndex } from '@/domain/market/exposure';
import { rankForYou } from '@/domain/market/for-you';
import type { Exposure } from '@/domain/market/market-schemas';
import type { ServerContext } from '../context';
import { RateLimiter } from '../http/rate-limiter';
import { RATE_WINDOW_MS } from '../http/rate-limit';
import { docsByIds, importancePage, rankingCandidates, type RankingCandidate } from '../store/news-market-queries';
import { getTokenService } from '../tokens/token-service';
import { encodeCursor } from './cursor';
import { EncodedBody } from './encoded-body';
import { ExposurePortfolios } from './exposure-portfolios';
import type { PersonalParams } from './market-params';
import { newsServicesFor } from './news-services';
import { encodeOffsetCursor, type OffsetCursor } from './offset-cursor';
import { PageCache } from './page-cache';
import type { NewsCursor } from '../store/news-list-query';

/** "For you" ranks the newest this many matching articles; older ones are decayed to nothing anyway. */
export const FOR_YOU_CANDIDATES = 5_000;
const DEFAULT_LIMIT = 20;

type Outcome = { ok: true; body: EncodedBody } | { ok: false; retryAfterSeconds: number };

/** Appends `exposure` to a stored article document without re-encoding the rest of it. */
function withExposure(doc: string, exposureOf: (symbols: readonly string[]) => Exposure): string {
  const symbols = (JSON.parse(doc) as { entities: { tokens: { symbol: string }[] } }).entities.tokens.map((t) => t.symbol);
  return `${doc.slice(0, doc.lastIndexOf('}'))},"exposure":${JSON.stringify(exposureOf(symbols))}}`;
}

/** GET /api/news with `for` (exposure of each article to that address's portfolio) and `order` (latest, importance, for-you). */
export function createPersonalFeed(ctx: ServerContext) {
  const portfolios = new ExposurePortfolios(ctx.config, getTokenService(ctx.config, ctx.log));
  // A portfolio read costs 15 RPC requests: the portfolio endpoint's limit applies to each read the feed makes.
  const reads = new RateLimiter({ limit: ctx.config.portfolioRateLimitPerMinute, windowMs: RATE_WINDOW_MS });
  const pages = new PageCache<EncodedBody>(500, 5_000);
  const candidates = new PageCache<RankingCandidate[]>(50, 5_000);
  // A ranking is as of its minute: kept for that minute (or until an ingest here), so a page miss only fetches its documents.
  const rankings = new PageCache<string[]>(50, 60_000);

  const exposureFor = async (address: Address | undefined, client: string) => {
    if (!address) return { ok: true as const, exposureOf: undefined, version: '' };
    if (!portfolios.has(address)) {
      const decision = reads.take(client);
      if (!decision.ok) return { ok: false as const, retryAfterSeconds: decision.retryAfterSeconds };
    }
    const portfolio = await portfolios.get(address);
    return { ok: true as const, exposureOf: exposureIndex(portfolio), version: portfolio.updatedAt };
  };

  return {
    async list(params: PersonalParams, client: string): Promise<Outcome> {
      const exposure = await exposureFor(params.for, client);
      if (!exposure.ok) return exposure;
      const { repository } = newsServicesFor(ctx);
      const limit = params.limit ?? DEFAULT_LIMIT;
      const filters = { minImportance: params.minImportance, sentiment: params.sentiment, token: params.token, q: params.q };
      const offsetCursor = params.order === 'latest' ? undefined : (params.cursor as OffsetCursor | undefined);
      // Rankings are made as of a whole minute, so a burst of readers shares one and pages stay put.
      const asOf = offsetCursor?.asOf ?? Math.floor(Date.now() / 60_000) * 60_000;
      const offset = offsetCursor?.offset ?? 0;
      const key = JSON.stringify([params, exposure.version, params.order === 'for-you' ? asOf : 0]);
      const body = await pages.get(key, repository.version, async () => {
        let docs: string[];
        let next: string | null = null;
        if (params.order === 'latest') {
          const page = await repository.list({ ...filters, limit, cursor: params.cursor as NewsCursor | undefined });
          docs = page.docs;
          next = page.nextCursor ? encodeCursor(page.nextCursor) : null;
        } else {
          if (params.order === 'importance') docs = await importancePage(ctx.db, filters, offset, limit);
          else {
            const ranked = await rankings.get(JSON.stringify([filters, exposure.version, params.for ?? '', asOf]), repository.version, async () => {
              const pool = await candidates.get(JSON.stringify(filters), repository.version, () => rankingCandidates(ctx.db, filters, FOR_YOU_CANDIDATES));
              const share = exposure.exposureOf ?? (() => ({ share: 0 }));
              return rankForYou(pool.map((c) => ({ ...c, share: share(c.tokens).share })), asOf).map((c) => c.id);
            });
            docs = await docsByIds(ctx.db, ranked.slice(offset, offset + limit + 1));
          }
          if (docs.length > limit) next = encodeOffsetCursor({ offset: offset + limit, asOf });
          docs = docs.slice(0, limit);
        }
        const out = exposure.exposureOf ? docs.map((doc) => withExposure(doc, exposure.exposureOf!)) : docs;
        return EncodedBody.fromJson(`{"articles":[${out.join(',')}],"nextCursor":${next ? JSON.stringify(next) : 'null'}}`);
      });
      return { ok: true, body };
    },

    /** The exposure of one stored article to `address`'s portfolio, or null when there is no such article. */
    async articleExposure(articleSymbols: readonly string[], address: Address, client: string): Promise<{ ok: true; exposure: Exposure } | { ok: false; retryAfterSeconds: number }> {
      const exposure = await exposureFor(address, client);
      if (!exposure.ok) return exposure;
      return { ok: true, exposure: exposure.exposureOf!(articleSymbols) };
    },
  };
}
