import type { Page } from 'playwright-core';

const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]';
const MAX_STOPS = 600;

export interface KeyboardWalk {
  /** Every stop Tab made, in order (a short description of each element). */
  stops: string[];
  /** Interactive elements in scope that Tab never reached. */
  unreached: string[];
  /** Stops whose focused look (outline, box-shadow, border, background, underline of the element, its two parents and the label after it) equals their unfocused look. */
  noVisibleFocus: string[];
}

type Marked = { key: string; label: string };

/**
 * Presses Tab from wherever focus is (inside the open modal dialog, if any) until it has wrapped around
 * once. Reports the interactive elements in `scope` Tab never reached, and the stops
 * whose computed look while focused is the same as once nothing is focused. A radio group is one
 * stop (arrow keys move inside it), as in every browser.
 */
export async function walkWithTab(page: Page, scope = 'body'): Promise<KeyboardWalk> {
  const expected = await page.evaluate(({ scope, selector }) => {
    const label = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    const keyOf = (el: Element) => (el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : null);
    // A focus ring may be drawn on the element, on its card (:has/:focus-within) or on the label beside a radio.
    const look = (el: Element) => [el, el.parentElement, el.parentElement?.parentElement, el.nextElementSibling].map((node) => {
      if (!node) return '';
      const s = getComputedStyle(node);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor, s.textDecorationLine].join('|');
    }).join('/');
    Object.assign(window, { __kwLabel: label, __kwKey: keyOf, __kwLook: look, __kwNext: 0 });
    // A page walked before (another view of the same page) starts clean.
    for (const el of document.querySelectorAll<HTMLElement>('[data-kw], [data-kw-reached]')) {
      delete el.dataset.kw;
      delete el.dataset.kwReached;
    }
    const out = new Map<string, string>();
    for (const el of document.querySelectorAll<HTMLElement>(`${scope} :is(${selector})`)) {
      const off = (el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.closest('[inert], fieldset:disabled') !== null;
      if (off || !el.checkVisibility({ visibilityProperty: true })) continue;
      const key = keyOf(el) ?? `el:${(window as unknown as { __kwNext: number }).__kwNext++}`;
      el.dataset.kw = key;
      if (!out.has(key)) out.set(key, label(el));
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return [...out].map(([key, text]) => ({ key, label: text }));
  }, { scope, selector: INTERACTIVE });

  const focused = new Map<string, { label: string; style: string }>();
  const stops: string[] = [];
  let outside = 0;
  for (let i = 0; i < MAX_STOPS; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const w = window as unknown as { __kwLabel: (el: Element) => string; __kwKey: (el: Element) => string | null; __kwLook: (el: Element) => string; __kwNext: number };
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.kw ??= w.__kwKey(el) ?? `el:${w.__kwNext++}`;
      el.dataset.kwReached = '';
      return { key: el.dataset.kw, label: w.__kwLabel(el), style: w.__kwLook(el) };
    });
    // Past the last control focus leaves the document (the browser's own UI), then wraps to the first.
    if (!stop) {
      if (++outside > 1) break;
      continue;
    }
    outside = 0;
    if (focused.has(stop.key)) break;
    focused.set(stop.key, stop);
    stops.push(stop.label);
  }

  // Nothing focused now: every reached element shows its unfocused look.
  const unfocused = await page.evaluate(() => {
    const w = window as unknown as { __kwLook: (el: Element) => string };
    (document.activeElement as HTMLElement | null)?.blur();
    return [...document.querySelectorAll<HTMLElement>('[data-kw-reached]')].map((el) => ({ key: el.dataset.kw!, style: w.__kwLook(el) }));
  });
  const noVisibleFocus = unfocused.filter((u) => focused.get(u.key)?.style === u.style).map((u) => focused.get(u.key)!.label);
  const unreached = expected.filter((e: Marked) => !focused.has(e.key)).map((e) => e.label);
  return { stops, unreached, noVisibleFocus };
}
