// Replacing the stand-in between a pointerdown and its click would lose the click (it would land on a node
// that is gone), so the swap waits for a press in progress to end. Space is a press too: a button's click
// comes on its keyup (Enter clicks on keydown, before any swap).
import { watchWindow } from './watch-window';

let pressing = false;
let waiting: (() => void)[] = [];
const TYPES = ['pointerdown', 'pointerup', 'pointercancel', 'keydown', 'keyup'] as const;

function release(): void {
  const ready = waiting;
  waiting = [];
  for (const resolve of ready) resolve();
}

function startsPress(event: Event): boolean {
  if (event instanceof KeyboardEvent) return event.key === ' ' && !event.repeat;
  return (event as PointerEvent).isPrimary && (event as PointerEvent).button === 0;
}

function onPress(event: Event): void {
  if (event.type === 'pointerdown' || event.type === 'keydown') {
    if (event.type === 'pointerdown' || !pressing) pressing = startsPress(event);
    return;
  }
  if (event.type === 'keyup' && (event as KeyboardEvent).key !== ' ') return;
  if (!pressing) return;
  pressing = false;
  // The click follows pointerup (or Space's keyup) in the same task; resolve after it.
  setTimeout(release, 0);
}

/** Starts following primary-button presses; returns the function that stops (and lets any waiter go). */
export function trackPresses(): () => void {
  const stopWatching = watchWindow(TYPES, onPress);
  return () => {
    stopWatching();
    pressing = false;
    release();
  };
}

/** Resolves at once, or once the press in progress has ended and its click has been dispatched. */
export function afterPress(): Promise<void> {
  return pressing ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
}
