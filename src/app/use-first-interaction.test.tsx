// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useFirstInteraction } from './use-first-interaction';

function Probe({ onRender }: { onRender: (interacted: boolean) => void }) {
  onRender(useFirstInteraction());
  return <div><button type="button">inside</button><div data-testid="pane" /></div>;
}

function renderProbe() {
  const seen: boolean[] = [];
  const view = render(<Probe onRender={(interacted) => seen.push(interacted)} />);
  return { seen, view };
}

afterEach(cleanup);

const SIGNS: [string, () => void][] = [
  ['pointermove', () => fireEvent.pointerMove(window)],
  ['pointerdown', () => fireEvent.pointerDown(document.body)],
  ['keydown', () => fireEvent.keyDown(document.body, { key: 'Tab' })],
  ['touchstart', () => fireEvent.touchStart(document.body)],
  ['wheel', () => fireEvent.wheel(document.body)],
  ['scroll of the page', () => fireEvent.scroll(window)],
  // Scroll does not bubble: an inner pane's scroll is caught in the capture phase.
  ['scroll of an inner pane', () => fireEvent.scroll(document.querySelector('[data-testid="pane"]')!)],
  ['focusin', () => document.querySelector('button')!.focus()],
];

describe('useFirstInteraction', () => {
  it('stays false while nothing happens', async () => {
    const { seen } = renderProbe();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(seen.every((interacted) => !interacted)).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
  });

  it.each(SIGNS)('turns true on the first %s, once', (_name, sign) => {
    const { seen } = renderProbe();
    expect(seen.at(-1)).toBe(false);
    act(sign);
    expect(seen.at(-1)).toBe(true);
    const renders = seen.length;
    act(sign);
    act(() => void fireEvent.pointerMove(window));
    expect(seen.length).toBe(renders);
  });

  it('counts focus only where the caller says it is the user\'s', () => {
    const seen: boolean[] = [];
    function Narrow() {
      seen.push(useFirstInteraction((target) => target.closest('[data-user-focus]') !== null));
      return <div><button type="button">page focus</button><span data-user-focus><button type="button">user focus</button></span></div>;
    }
    render(<Narrow />);
    act(() => screen.getByRole('button', { name: 'page focus' }).focus());
    expect(seen.at(-1)).toBe(false);
    act(() => screen.getByRole('button', { name: 'user focus' }).focus());
    expect(seen.at(-1)).toBe(true);
  });

  it('listens passively on window and removes its listeners after the first sign', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    renderProbe();
    const added = add.mock.calls.map(([type, , options]) => ({ type, options }));
    expect(added.map((call) => call.type)).toEqual(expect.arrayContaining(['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin']));
    for (const call of added) expect(call.options).toMatchObject({ passive: true, capture: true });
    act(() => void fireEvent.keyDown(document.body, { key: 'a' }));
    for (const { type } of added) expect(remove.mock.calls.some(([removed]) => removed === type)).toBe(true);
    add.mockRestore();
    remove.mockRestore();
  });
});
