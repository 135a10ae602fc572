// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import { HowItWorksLink } from '@/ui/how-it-works-link';
import { HowItWorksPage } from './how-it-works-page';
import { useAppLinks, usePathname } from './app-location';

function Shell() {
  useAppLinks();
  const path = usePathname();
  return path === '/how-it-works' ? <HowItWorksPage /> : <p>News <HowItWorksLink /></p>;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/?article=a1');
  window.scrollTo = () => {};
});
afterEach(cleanup);

describe('How it works', () => {
  it('says what the agent can and cannot do and lists the 15 chains of the registry', () => {
    render(<HowItWorksPage />);
    const text = document.body.textContent ?? '';
    for (const words of ['Read your balances', 'Propose', 'It never signs or sends.', 'It cannot choose who gets paid.', 'Exact approvals', 'Checks before every signature']) {
      expect(text).toContain(words);
    }
    const chains = within(screen.getByRole('region', { name: 'Chains' })).getAllByRole('listitem');
    expect(chains.map((li) => Number(li.dataset.chainId))).toEqual(SUPPORTED_CHAINS.map((c) => c.id));
    expect(chains).toHaveLength(15);
    expect(chains[0]!.textContent).toBe('Ethereum (ETH)');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'How it works' }));
  });

  it('opens from a plain click on the link without reloading, and "Back" returns to the entry it came from', async () => {
    render(<Shell />);
    const link = screen.getByRole('link', { name: 'How it works' });
    expect(link.getAttribute('href')).toBe('/how-it-works');
    // A modified click keeps the link's normal behaviour (a new tab).
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(window.location.pathname).toBe('/');

    expect(fireEvent.click(link)).toBe(false);
    expect(window.location.pathname).toBe('/how-it-works');
    expect(document.activeElement?.textContent).toBe('How it works');

    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    fireEvent.click(screen.getAllByRole('button', { name: /Back to the news/ })[0]!);
    await act(() => popped);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/?article=a1');
    expect(screen.getByText(/News/)).toBeTruthy();
  });

  it('opened directly, "Back" goes to the news as a new entry', () => {
    window.history.replaceState(null, '', '/how-it-works');
    render(<Shell />);
    fireEvent.click(screen.getAllByRole('button', { name: /Back to the news/ })[1]!);
    expect(window.location.pathname).toBe('/');
    expect(screen.getByRole('link', { name: 'How it works' })).toBeTruthy();
  });
});
