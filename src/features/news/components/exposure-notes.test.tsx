// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { TokenQuotes } from '@/domain/market/market-schemas';
import { ChipFacts } from './exposure-notes';

afterEach(cleanup);

const quotes: TokenQuotes = { tokens: [{ symbol: 'ETH', priceUSD: 3120, chains: [] }, { symbol: 'USDC', priceUSD: null, chains: [] }] };

describe('ChipFacts', () => {
  it('keeps an empty, hidden slot for the price while the prices are on their way', () => {
    const { container } = render(<ChipFacts symbol="eth" pending />);
    const slot = container.querySelector('.token-chip-price')!;
    expect(slot.classList.contains('token-chip-price-pending')).toBe(true);
    expect(slot.getAttribute('aria-hidden')).toBe('true');
    expect(slot.textContent?.trim()).toBe('');
  });

  it('fills the same slot with the price, or "price unknown"', () => {
    const { container, rerender } = render(<ChipFacts symbol="eth" quotes={quotes} />);
    expect(container.querySelector('.token-chip-price:not(.token-chip-price-pending)')?.textContent).toBe('$3,120.00');
    expect(container.textContent).toBe(' $3,120.00');
    rerender(<ChipFacts symbol="USDC" quotes={quotes} />);
    expect(container.textContent).toBe(' price unknown');
  });

  it('shows nothing once loaded for a token without a listing or a holding', () => {
    const { container } = render(<ChipFacts symbol="XYZ" quotes={quotes} />);
    expect(container.innerHTML).toBe('');
  });
});
