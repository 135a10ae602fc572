import type { ServerConfig } from './config';

/** Hosts WalletConnect-based wallets talk to; allowed only when WALLETCONNECT_PROJECT_ID is set. */
const WALLETCONNECT_SOURCES = [
  'https://*.walletconnect.com', 'wss://*.walletconnect.com', 'https://*.walletconnect.org', 'wss://*.walletconnect.org',
  'https://*.reown.com', 'wss://*.reown.com',
];

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * The page's Content-Security-Policy: scripts only from our own origin (no inline, no eval), and
 * network access only to our server and the configured RPCs, so injected or compromised browser
 * code cannot load more code or send data elsewhere.
 */
export function contentSecurityPolicy(config: Pick<ServerConfig, 'rpcUrls' | 'walletConnectProjectId'>): string {
  const rpcOrigins = new Set<string>();
  for (const urls of Object.values(config.rpcUrls)) {
    for (const url of urls) {
      const origin = originOf(url);
      if (origin) rpcOrigins.add(origin);
    }
  }
  const walletConnect = config.walletConnectProjectId ? WALLETCONNECT_SOURCES : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // React style attributes and RainbowKit's theme variables are inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Remote logos come through our image proxy (/api/image), so an image URL cannot carry data to another host.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...rpcOrigins, ...walletConnect],
    'frame-src': config.walletConnectProjectId ? ['https://verify.walletconnect.com', 'https://verify.walletconnect.org'] : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
