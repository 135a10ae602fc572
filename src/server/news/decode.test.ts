import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from './decode';

const latin1Feed = (prolog: string) => Buffer.concat([
  Buffer.from(`${prolog}<rss><channel><title>Caf`, 'latin1'),
  Buffer.from([0xe9]),
  Buffer.from(' ', 'latin1'),
  Buffer.from([0x93, 0x80, 0x94]),
  Buffer.from('</title></channel></rss>', 'latin1'),
]);

describe('decodeFeedBytes', () => {
  it('uses the XML prolog encoding', () => {
    const text = decodeFeedBytes(latin1Feed('<?xml version="1.0" encoding="windows-1252"?>'));
    expect(text).toContain('Café “€”');
  });

  it('treats ISO-8859-1 as windows-1252, as browsers do', () => {
    expect(decodeFeedBytes(latin1Feed("<?xml version='1.0' encoding='ISO-8859-1'?>"))).toContain('Café “€”');
  });

  it('prefers the Content-Type charset over the prolog', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="utf-8"?><t>caf\xe9</t>', 'latin1');
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset=ISO-8859-1')).toContain('café');
  });

  it('defaults to UTF-8 and replaces malformed bytes instead of throwing', () => {
    expect(decodeFeedBytes(Buffer.from('<t>naïve €</t>', 'utf8'))).toBe('<t>naïve €</t>');
    expect(decodeFeedBytes(Buffer.from([0x3c, 0x74, 0x3e, 0xff, 0x3c]))).toBe('<t>\ufffd<');
  });

  it('honours a byte-order mark and strips it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<t>ok</t>', 'utf16le')]);
    expect(decodeFeedBytes(utf16)).toBe('<t>ok</t>');
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<t>ok</t>')]);
    expect(decodeFeedBytes(utf8, 'text/xml; charset=iso-8859-1')).toBe('<t>ok</t>');
  });

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(decodeFeedBytes(Buffer.from('<t>é</t>'), 'text/xml; charset=x-made-up')).toBe('<t>é</t>');
  });
});
