import { isIP } from 'node:net';

/**
 * The client's address: the socket's peer, unless `trustedProxies` reverse proxies stand in front of
 * us. Then each of them appended the address it saw to X-Forwarded-For, so the entry `trustedProxies`
 * places from the right is the client as our outermost proxy saw it. Entries further left are written
 * by the client itself and never trusted; a malformed entry stops the walk at the last good address.
 */
export function pickClientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string | undefined {
  let client = socketAddress;
  const hops = (forwardedFor ?? '').split(',').map((entry) => entry.trim()).reverse();
  for (let i = 0; i < trustedProxies && i < hops.length; i += 1) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) break;
    client = hop;
  }
  return client;
}

/**
 * The rate-limit bucket of an address: IPv4 as is (IPv4-mapped IPv6 too), IPv6 by its /64 prefix,
 * since one subscriber usually holds a whole /64 and could otherwise rotate addresses to dodge a limit.
 */
export function clientBucket(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const bare = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  const kind = isIP(bare);
  if (kind === 4) return bare;
  if (kind === 6) return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

function ipv6Groups(ip: string): string[] {
  const split = (part: string) => (part === '' ? [] : part.split(':')).flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const [head = '', tail] = ip.split('::');
  const left = split(head);
  const right = tail === undefined ? [] : split(tail);
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}
