import type { ReactNode } from 'react';
import { ConnectPrompt } from '@/features/portfolio/components/connect-prompt';
import { ConnectPlaceholder } from '@/features/wallet/components/connect-placeholder';
import { HeaderSlot } from '@/features/wallet/components/header-slot';
import { PanelErrorBoundary } from '@/ui/panel-error-boundary';

interface IdleSideProps {
  headerSlotId: string;
  /** The wallet code is loading (a press on Connect, or a stored session being restored). */
  busy: boolean;
  onConnect: () => void;
  /** The pointer came near the header's Connect, or focus arrived on it. */
  onIntent: () => void;
  /** The agent panel: its stand-in, or the real one. */
  agent: ReactNode;
}

/**
 * The side column before a wallet is connected: Connect in the header, the portfolio's prompt, the agent.
 * No wallet code. Rendered by the stand-in and by WalletArea alike, so one replacing the other shifts nothing.
 */
export function IdleSide({ headerSlotId, busy, onConnect, onIntent, agent }: IdleSideProps) {
  return (
    <>
      <HeaderSlot slotId={headerSlotId}>
        <ConnectPlaceholder onIntent={onIntent} onConnect={onConnect} busy={busy} />
      </HeaderSlot>
      <div className="wallet-area-panels">
        <ConnectPrompt onConnect={onConnect} busy={busy} />
        <PanelErrorBoundary name="Agent">{agent}</PanelErrorBoundary>
      </div>
    </>
  );
}
