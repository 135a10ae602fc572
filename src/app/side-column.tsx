import { lazy, Suspense, useDeferredValue, useEffect, useState } from 'react';
import { AgentPanelShell } from '@/features/agent/components/agent-panel-shell';
import { readStoredWalletSession } from '@/features/wallet/lib/stored-session';
import { afterPress, trackPresses } from './after-press';
import { useAgentBridge } from './agent-bridge';
import { IdleSide } from './idle-side';
import { useFirstInteraction } from './use-first-interaction';
import { useFocusHandover } from './use-focus-handover';
import type { Activation } from './wallet-area';

const WalletArea = lazy(async () => {
  const { WalletArea } = await import('./wallet-area');
  await afterPress(); // never swap the stand-in out from under a press (see after-press.ts)
  return { default: WalletArea };
});

/**
 * The aside. A light stand-in paints first; the wallet area (and through it the agent panel) loads on the
 * first sign of the user, at once for a stored wallet session, or when the news asks the agent about an
 * article. What was done in the stand-in carries over: Connect opens the connect modal once the wallet
 * has loaded; the agent's draft, a question asked and the focus move to the real controls.
 */
export function SideColumn({ headerSlotId }: { headerSlotId: string }) {
  const [activation, setActivation] = useState<Activation>(() => (readStoredWalletSession() ? 'restore' : 'idle'));
  const [used, setUsed] = useState(false);
  const [connectIntent, setConnectIntent] = useState(false);
  const interacted = useFirstInteraction(isInStandIn);
  const articleAsked = useAgentBridge().article !== null;
  // Deferred, so that while the code loads the stand-in on screen stays (a fallback would be a new copy).
  const load = useDeferredValue(activation !== 'idle' || used || connectIntent || interacted || articleAsked);
  useEffect(trackPresses, []);

  const standIn = (
    <StandIn
      headerSlotId={headerSlotId}
      busy={activation !== 'idle'}
      onConnect={() => setActivation('connect')}
      onConnectIntent={() => setConnectIntent(true)}
      onUse={() => setUsed(true)}
    />
  );
  return (
    <Suspense fallback={standIn}>
      {load ? <WalletArea headerSlotId={headerSlotId} initialActivation={activation} preloadWallet={connectIntent} /> : standIn}
    </Suspense>
  );
}

/** Focus in the side column or the header's wallet slot is the user's; the page focuses its dialog and headings itself. */
function isInStandIn(target: Element): boolean {
  return target.closest('.app-side, .app-header-wallet') !== null;
}

interface StandInProps {
  headerSlotId: string;
  busy: boolean;
  onConnect: () => void;
  /** The pointer came near the header's Connect, or focus arrived on it: load the real code and the wallet's. */
  onConnectIntent: () => void;
  /** Any other press: load the real code now. */
  onUse: () => void;
}

/** Looks exactly like WalletArea before a wallet is connected, with no wallet and no conversation code. */
function StandIn({ headerSlotId, busy, onConnect, onConnectIntent, onUse }: StandInProps) {
  useFocusHandover();
  const agent = <AgentPanelShell onConnect={onConnect} connectBusy={busy} onUse={onUse} />;
  return <IdleSide headerSlotId={headerSlotId} busy={busy} onConnect={onConnect} onIntent={onConnectIntent} agent={agent} />;
}
