import { lazy, Suspense, useState, type ReactNode } from 'react';
import { ConnectPrompt } from '@/features/portfolio/components/connect-prompt';
import { ConnectPlaceholder } from '@/features/wallet/components/connect-placeholder';
import { HeaderSlot } from '@/features/wallet/components/header-slot';
import { readStoredWalletSession } from '@/features/wallet/lib/stored-session';
import { portfolioQueryOptions } from '@/features/portfolio/api/get-portfolio';
import { PanelErrorBoundary } from '@/ui/panel-error-boundary';
import { reviewProposal, useAgentBridge } from './agent-bridge';
import { AccountPublisher } from './account-publisher';
import { ProposalNewsCheck, TRADE_SLOTS } from './market-slots';

// wagmi, viem and RainbowKit live behind these imports: the page paints (and goes idle) without them.
const loadWalletStack = () => import('@/features/wallet/components/wallet-stack');
const loadPortfolioPanel = () => import('@/features/portfolio/components/portfolio-panel');
const WalletStack = lazy(() => loadWalletStack().then((m) => ({ default: m.WalletStack })));
const PortfolioPanel = lazy(() => loadPortfolioPanel().then((m) => ({ default: m.PortfolioPanel })));
const loadTradePanel = () => import('@/features/trade/components/trade-panel');
const TradePanel = lazy(() => loadTradePanel().then((m) => ({ default: m.TradePanel })));

// The plain agent panel needs no wallet code (it can explain news without a wallet); the wallet one reads the account.
const AgentPanel = lazy(() => import('@/features/agent/components/agent-panel').then((m) => ({ default: m.AgentPanel })));
const WalletAgentPanel = lazy(() => import('@/features/agent/components/wallet-agent-panel').then((m) => ({ default: m.WalletAgentPanel })));

function preloadWalletCode() {
  void loadWalletStack();
  void loadPortfolioPanel();
}

/** 'idle': no wallet code yet; 'restore': reconnect a stored session; 'connect': the user asked to connect. */
type Activation = 'idle' | 'restore' | 'connect';

/** The column of panels in the aside. Panels that need the wallet go inside the wallet providers. */
function Panels({ children }: { children: ReactNode }) {
  return <div className="wallet-area-panels">{children}</div>;
}

/**
 * The wallet side of the page: connect button (in the header slot), portfolio, and later the trade
 * and agent panels. The wallet stack loads on the first sign of interest (hover, focus, press) or at
 * once when wagmi remembers a connection, so the news feed never waits for it.
 */
export function WalletArea({ headerSlotId }: { headerSlotId: string }) {
  const [activation, setActivation] = useState<Activation>(() => (readStoredWalletSession() ? 'restore' : 'idle'));
  const connect = () => setActivation('connect');
  const bridge = useAgentBridge();
  const idle = (
    <>
      <HeaderSlot slotId={headerSlotId}>
        <ConnectPlaceholder onIntent={preloadWalletCode} onConnect={connect} busy={activation !== 'idle'} />
      </HeaderSlot>
      <Panels>
        <ConnectPrompt onConnect={connect} busy={activation !== 'idle'} />
        <PanelErrorBoundary name="Agent">
          <Suspense fallback={null}>
            <AgentPanel onConnect={connect} connectBusy={activation !== 'idle'} articleRequest={bridge.article} />
          </Suspense>
        </PanelErrorBoundary>
      </Panels>
    </>
  );
  if (activation === 'idle') return idle;

  return (
    <Suspense fallback={idle}>
      <PanelErrorBoundary name="Wallet">
        <WalletStack headerSlotId={headerSlotId} openConnectOnReady={activation === 'connect'}>
          <AccountPublisher />
          <Panels>
            <PanelErrorBoundary name="Portfolio">
              <PortfolioPanel />
            </PanelErrorBoundary>
            <PanelErrorBoundary name="Trade">
              <Suspense fallback={null}>
                <TradePanel holdingsQuery={portfolioQueryOptions} request={bridge.trade ?? undefined} slots={TRADE_SLOTS} />
              </Suspense>
            </PanelErrorBoundary>
            <PanelErrorBoundary name="Agent">
              <Suspense fallback={null}>
                <WalletAgentPanel articleRequest={bridge.article} onReview={reviewProposal} proposalNews={ProposalNewsCheck} />
              </Suspense>
            </PanelErrorBoundary>
          </Panels>
        </WalletStack>
      </PanelErrorBoundary>
    </Suspense>
  );
}
