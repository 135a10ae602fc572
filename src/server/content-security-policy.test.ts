import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { contentSecurityPolicy } from './content-security-policy';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows scripts only from our origin, with no inline code', () => {
    const policy = contentSecurityPolicy(loadConfig({}));
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('lets the browser reach exactly the configured RPCs and our server', () => {
    const policy = contentSecurityPolicy(loadConfig({ RPC_URL_8453: 'http://127.0.0.1:8545/path,https://rpc.example.org/key' }));
    const connect = directive(policy, 'connect-src')!;
    expect(connect).toContain("'self'");
    expect(connect).toContain('http://127.0.0.1:8545');
    expect(connect).toContain('https://rpc.example.org');
    expect(connect).not.toContain('/key');
    expect(connect).not.toContain('walletconnect');
  });

  it('loads images only from our origin (remote logos go through /api/image) and data: URLs', () => {
    const policy = contentSecurityPolicy(loadConfig({ RPC_URL_1: 'https://rpc.example.org', WALLETCONNECT_PROJECT_ID: 'abc123' }));
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data:");
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
  });

  it('opens WalletConnect hosts only when a project id is configured', () => {
    const policy = contentSecurityPolicy(loadConfig({ WALLETCONNECT_PROJECT_ID: 'abc123' }));
    expect(directive(policy, 'connect-src')).toContain('wss://*.walletconnect.com');
    expect(directive(policy, 'frame-src')).toContain('https://verify.walletconnect.com');
  });
});
