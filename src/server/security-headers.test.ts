import { describe, expect, it } from 'vitest';
import { cameOverHttps, PERMISSIONS_POLICY, securityHeaders, STRICT_TRANSPORT_SECURITY } from './security-headers';

describe('securityHeaders', () => {
  it('forbids MIME sniffing, framing and referrers on every response', () => {
    const headers = securityHeaders({ https: false });
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('switches off the powerful browser features the app never uses', () => {
    const policy = securityHeaders({ https: false })['permissions-policy']!;
    expect(policy).toBe(PERMISSIONS_POLICY);
    const features = new Map(policy.split(', ').map((entry) => entry.split('=') as [string, string]));
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features.get(feature)).toBe('()');
    expect([...features.values()].every((allow) => allow === '()')).toBe(true);
  });

  it('sends HSTS over https only', () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty('strict-transport-security');
    expect(securityHeaders({ https: true })['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
    expect(STRICT_TRANSPORT_SECURITY).toMatch(/^max-age=31536000\b/);
    expect(STRICT_TRANSPORT_SECURITY).not.toContain('preload');
  });
});

describe('cameOverHttps', () => {
  it('believes the socket: a TLS request URL is https, a plain one is not', () => {
    expect(cameOverHttps('https://app.example/api/news', undefined, 0)).toBe(true);
    expect(cameOverHttps('http://127.0.0.1:8787/', undefined, 0)).toBe(false);
  });

  it('ignores X-Forwarded-Proto unless TRUST_PROXY says a proxy stands in front', () => {
    expect(cameOverHttps('http://127.0.0.1/', 'https', 0)).toBe(false);
    expect(cameOverHttps('http://127.0.0.1/', 'https', 1)).toBe(true);
    expect(cameOverHttps('http://127.0.0.1/', 'HTTPS ', 1)).toBe(true);
    expect(cameOverHttps('http://127.0.0.1/', 'http', 1)).toBe(false);
  });

  it('reads the entry our outermost trusted proxy wrote, never a client-written one further left', () => {
    // The client sent "https" itself; our one proxy appended what it really saw.
    expect(cameOverHttps('http://127.0.0.1/', 'https, http', 1)).toBe(false);
    expect(cameOverHttps('http://127.0.0.1/', 'http, https', 1)).toBe(true);
    // Two proxies: the second from the right is what the outer one saw.
    expect(cameOverHttps('http://127.0.0.1/', 'http, https, http', 2)).toBe(true);
    // Fewer entries than proxies (a proxy that overwrites): the leftmost there is.
    expect(cameOverHttps('http://127.0.0.1/', 'https', 2)).toBe(true);
  });

  it('stops at a malformed entry', () => {
    expect(cameOverHttps('http://127.0.0.1/', 'https, wss', 2)).toBe(false);
    expect(cameOverHttps('http://127.0.0.1/', '', 1)).toBe(false);
    expect(cameOverHttps('http://127.0.0.1/', 'https;evil', 1)).toBe(false);
  });
});
