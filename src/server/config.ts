import { z } from 'zod';
import { SUPPORTED_CHAINS, defaultRpcUrls } from '@/domain/chains';
import { originOfHostEntry } from './image-proxy/image-hosts';

export const DEFAULT_NEWS_FEEDS = [
  'https://www.coindesk.com/arc/outboundfeeds/rss/',
  'https://cointelegraph.com/rss',
  'https://decrypt.co/feed',
  'https://www.theblock.co/rss.xml',
  'https://feeds.content.dowjones.io/public/rss/mw_topstories',
];

const commaList = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optionalText,
  NEWS_FEEDS: z.string().optional(),
  NEWS_REFRESH_MINUTES: z.coerce.number().min(0).max(24 * 60).default(15),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.string().url().optional()),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  LIFI_API_URL: z.string().url().default('https://li.quest/v1'),
  LIFI_API_KEY: optionalText,
  LIFI_INTEGRATOR: z.string().min(1).max(23).default('market-companion'),
  LIFI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
  WALLETCONNECT_PROJECT_ID: optionalText,
  IMAGE_PROXY_HOSTS: z.string().optional(),
  AGENT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  LIFI_PROXY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  PORTFOLIO_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .transform((value) => (value === 'true' ? 1 : 0))
    .or(z.coerce.number().int().min(0).max(10))
    .default(0),
  SERVER_ROLE: z.enum(['api', 'worker', 'both']).default('both'),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  newsFeeds: string[];
  newsRefreshMinutes: number;
  openai?: { apiKey: string; baseURL?: string; model: string };
  lifi: { apiUrl: string; apiKey?: string; integrator: string; timeoutMs: number };
  /** RPC URLs per chain id, from RPC_URL_<chainId> (comma-separated) or the chain's public RPCs. */
  rpcUrls: Record<number, string[]>;
  rpcTimeoutMs: number;
  walletConnectProjectId?: string;
  /** Extra hosts (https) or origins the image proxy may fetch from, beside LI.FI's logo hosts. */
  imageProxyHosts: string[];
  agentRateLimitPerMinute: number;
  lifiProxyRateLimitPerMinute: number;
  portfolioRateLimitPerMinute: number;
  /** Reverse proxies in front of the server whose X-Forwarded-For entries name the client (0 = use the socket's peer). */
  trustedProxies: number;
  /** api: HTTP only; worker: job queue only; both: one process does all (the only choice on the embedded store). */
  role: 'api' | 'worker' | 'both';
  jobs: {
    /** A job not finished this long after it started is handed to another worker (a killed server's lease). */
    leaseSeconds: number;
    retryLimit: number;
    /** The first retry's delay; later ones back off exponentially. */
    retryDelaySeconds: number;
  };
}

export class ConfigError extends Error {}

/** Parses the environment once; a bad setting names itself. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const rpcUrls: Record<number, string[]> = {};
  for (const chain of SUPPORTED_CHAINS) {
    const configured = commaList.parse(env[`RPC_URL_${chain.id}`]);
    for (const url of configured) {
      if (!z.string().url().safeParse(url).success) throw new ConfigError(`Invalid configuration: RPC_URL_${chain.id}: "${url}" is not a URL`);
    }
    rpcUrls[chain.id] = configured.length > 0 ? configured : defaultRpcUrls(chain.id);
  }
  const imageProxyHosts = commaList.parse(e.IMAGE_PROXY_HOSTS);
  for (const entry of imageProxyHosts) {
    if (!originOfHostEntry(entry)) throw new ConfigError(`Invalid configuration: IMAGE_PROXY_HOSTS: "${entry}" is not a host or an http(s) origin`);
  }
  if (e.SERVER_ROLE !== 'both' && !e.DATABASE_URL) {
    throw new ConfigError(`Invalid configuration: SERVER_ROLE: "${e.SERVER_ROLE}" needs DATABASE_URL (the embedded store serves one process, so it runs as "both")`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    newsFeeds: e.NEWS_FEEDS === undefined ? DEFAULT_NEWS_FEEDS : commaList.parse(e.NEWS_FEEDS),
    newsRefreshMinutes: e.NEWS_REFRESH_MINUTES,
    openai: e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL } : undefined,
    lifi: { apiUrl: e.LIFI_API_URL.replace(/\/$/, ''), apiKey: e.LIFI_API_KEY, integrator: e.LIFI_INTEGRATOR, timeoutMs: e.LIFI_TIMEOUT_MS },
    rpcUrls,
    rpcTimeoutMs: e.RPC_TIMEOUT_MS,
    walletConnectProjectId: e.WALLETCONNECT_PROJECT_ID,
    imageProxyHosts,
    agentRateLimitPerMinute: e.AGENT_RATE_LIMIT_PER_MINUTE,
    lifiProxyRateLimitPerMinute: e.LIFI_PROXY_RATE_LIMIT_PER_MINUTE,
    portfolioRateLimitPerMinute: e.PORTFOLIO_RATE_LIMIT_PER_MINUTE,
    trustedProxies: e.TRUST_PROXY,
    role: e.SERVER_ROLE,
    jobs: { leaseSeconds: e.JOB_LEASE_SECONDS, retryLimit: e.JOB_RETRY_LIMIT, retryDelaySeconds: e.JOB_RETRY_DELAY_SECONDS },
  };
}
