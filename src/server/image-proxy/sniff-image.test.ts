import { describe, expect, it } from 'vitest';
import { sniffImageType } from './sniff-image';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('sniffImageType', () => {
  it('knows raster images by their signature, whatever the declared type', () => {
    expect(sniffImageType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'application/octet-stream')).toBe('image/png');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/png')).toBe('image/jpeg');
    expect(sniffImageType(bytes('GIF89a', [1, 0]), 'image/gif')).toBe('image/gif');
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp')).toBe('image/webp');
    expect(sniffImageType(bytes([0, 0, 0, 0x1c], 'ftypavif'), 'image/avif')).toBe('image/avif');
    expect(sniffImageType(bytes([0, 0, 1, 0, 1, 0, 16]), 'image/x-icon')).toBe('image/x-icon');
  });

  it('refuses HTML, JSON and scripts even when they claim to be images', () => {
    expect(sniffImageType(bytes('<!doctype html><script>alert(1)</script>'), 'image/png')).toBeNull();
    expect(sniffImageType(bytes('{"ok":true}'), 'image/jpeg')).toBeNull();
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'), 'image/webp')).toBeNull();
    expect(sniffImageType(new Uint8Array(), 'image/png')).toBeNull();
  });

  it('takes SVG only when declared as SVG and it is an svg document', () => {
    const svg = bytes('\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'.replace('\uFEFF', '\xEF\xBB\xBF'));
    expect(sniffImageType(svg, 'image/svg+xml; charset=utf-8')).toBe('image/svg+xml');
    expect(sniffImageType(svg, 'image/png')).toBeNull();
    expect(sniffImageType(bytes('<html><body>no svg here</body></html>'), 'image/svg+xml')).toBeNull();
  });
});
