import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Renders children into the header element with id `slotId` (owned by the app shell), once it exists. */
export function HeaderSlot({ slotId, children }: { slotId: string; children: ReactNode }) {
  const [slot, setSlot] = useState<HTMLElement | null>(() => document.getElementById(slotId));
  useEffect(() => setSlot(document.getElementById(slotId)), [slotId]);
  return slot ? createPortal(children, slot) : null;
}
