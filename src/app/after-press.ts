// Replacing the stand-in between a pointerdown and its click would lose the click (it would land on a node
// that is gone), so the swap waits for a press in progress to end.
let pressing = false;
let waiting: (() => void)[] = [];
const TYPES = ['pointerdown', 'pointerup', 'pointercancel'] as const;
const LISTENING = { capture: true, passive: true } as const;

function release(): void {
  const ready = waiting;
  waiting = [];
  for (const resolve of ready) resolve();
}

function onPointer(event: PointerEvent): void {
  if (event.type === 'pointerdown') {
    pressing = event.isPrimary && event.button === 0;
    return;
  }
  if (!pressing) return;
  pressing = false;
  // The click follows pointerup in the same task; resolve after it.
  setTimeout(release, 0);
}

/** Starts following primary-button presses; returns the function that stops (and lets any waiter go). */
export function trackPresses(): () => void {
  for (const type of TYPES) window.addEventListener(type, onPointer, LISTENING);
  return () => {
    for (const type of TYPES) window.removeEventListener(type, onPointer, LISTENING);
    pressing = false;
    release();
  };
}

/** Resolves at once, or once the press in progress has ended and its click has been dispatched. */
export function afterPress(): Promise<void> {
  return pressing ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
}
