import { describe, expect, it } from 'vitest';
import { clientBucket, pickClientIp } from './client-ip';

describe('pickClientIp', () => {
  it('uses the socket peer and ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(pickClientIp('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
    expect(pickClientIp('203.0.113.7', undefined, 1)).toBe('203.0.113.7');
    expect(pickClientIp(undefined, undefined, 0)).toBeUndefined();
  });

  it('takes the entry our outermost trusted proxy appended, never a client-written one', () => {
    // The client wrote 1.1.1.1 itself; our one proxy appended the address it saw, 198.51.100.1.
    expect(pickClientIp('10.0.0.2', '1.1.1.1, 198.51.100.1', 1)).toBe('198.51.100.1');
    expect(pickClientIp('10.0.0.2', '1.1.1.1, 198.51.100.1, 10.0.0.3', 2)).toBe('198.51.100.1');
    expect(pickClientIp('10.0.0.2', '198.51.100.1', 3)).toBe('198.51.100.1');
  });

  it('stops at a malformed entry', () => {
    expect(pickClientIp('10.0.0.2', 'evil, 198.51.100.1', 2)).toBe('198.51.100.1');
    expect(pickClientIp('10.0.0.2', 'not-an-ip', 1)).toBe('10.0.0.2');
    expect(pickClientIp('10.0.0.2', '', 1)).toBe('10.0.0.2');
  });
});

describe('clientBucket', () => {
  it('keys IPv4 (and IPv4-mapped IPv6) by address', () => {
    expect(clientBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientBucket('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('keys IPv6 by its /64, however it is written', () => {
    expect(clientBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientBucket('::1')).toBe('0:0:0:0::/64');
    expect(clientBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientBucket('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('puts missing or unparsable addresses in one shared bucket', () => {
    expect(clientBucket(undefined)).toBe('unknown');
    expect(clientBucket('nonsense')).toBe('unknown');
  });
});
