// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterPress, trackPresses } from './after-press';

/** jsdom has no PointerEvent: a mouse event with the pointer's isPrimary. */
function pointer(type: string, { button = 0 } = {}) {
  const event = new MouseEvent(type, { bubbles: true, button });
  Object.defineProperty(event, 'isPrimary', { value: true });
  document.body.dispatchEvent(event);
}
const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 5));
  return done;
};

let stop: () => void;
beforeEach(() => (stop = trackPresses()));
afterEach(() => stop());

describe('afterPress', () => {
  it('resolves at once when nothing is pressed, and for a press other than the primary button', async () => {
    expect(await settled(afterPress())).toBe(true);
    pointer('pointerdown', { button: 2 });
    expect(await settled(afterPress())).toBe(true);
  });

  it('waits for a primary press to end, and resolves after the task of its pointerup (where the click is)', async () => {
    pointer('pointerdown');
    const waiting = afterPress();
    expect(await settled(waiting)).toBe(false);
    let order = '';
    void waiting.then(() => (order += 'resolved '));
    pointer('pointerup');
    // In a browser the click comes after pointerup's listeners and their microtasks, in the same task.
    queueMicrotask(() => (order += 'click '));
    await waiting;
    expect(order).toBe('click resolved ');
    expect(await settled(afterPress())).toBe(true);
  });

  it('waits for Space to come up (a button clicks on its keyup), and not for other keys', async () => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(await settled(afterPress())).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    const waiting = afterPress();
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
    expect(await settled(waiting)).toBe(false);
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true }));
    expect(await settled(waiting)).toBe(true);
  });

  it('lets a waiter go on pointercancel, and when tracking stops', async () => {
    pointer('pointerdown');
    const cancelled = afterPress();
    pointer('pointercancel');
    expect(await settled(cancelled)).toBe(true);
    pointer('pointerdown');
    const stopped = afterPress();
    stop();
    expect(await settled(stopped)).toBe(true);
  });
});
