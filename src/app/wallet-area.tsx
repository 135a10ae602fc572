// First: zod must be told not to probe for eval before any schema in the wallet and agent code parses (see zod-config).
import './zod-config';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { AgentPanel } from '@/features/agent/components/agent-panel';
import { portfolioQueryOptions } from '@/features/portfolio/api/get-portfolio';
import { PanelErrorBoundary } from '@/ui/panel-error-boundary';
import { reviewProposal, useAgentBridge } from './agent-bridge';
import { AccountPublisher } from './account-publisher';
import { IdleSide } from './idle-side';
import { ProposalNewsCheck, TRADE_SLOTS } from './market-slots';

// wagmi, viem and RainbowKit live behind these imports: the page paints (and goes idle) without them.
const loadWalletStack = () => import('@/features/wallet/components/wallet-stack');
const loadPortfolioPanel = () => import('@/features/portfolio/components/portfolio-panel');
const WalletStack = lazy(() => loadWalletStack().then((m) => ({ default: m.WalletStack })));
const PortfolioPanel = lazy(() => loadPortfolioPanel().then((m) => ({ default: m.PortfolioPanel })));
const loadTradePanel = () => import('@/features/trade/components/trade-panel');
const TradePanel = lazy(() => loadTradePanel().then((m) => ({ default: m.TradePanel })));

// The plain agent panel needs no wallet code (it can explain news without a wallet) and comes with this chunk, so
// the side column's stand-in is replaced in one go; the wallet one reads the account.
const WalletAgentPanel = lazy(() => import('@/features/agent/components/wallet-agent-panel').then((m) => ({ default: m.WalletAgentPanel })));

function preloadWalletCode() {
  void loadWalletStack();
  void loadPortfolioPanel();
}

/** 'idle': no wallet code yet; 'restore': reconnect a stored session; 'connect': the user asked to connect. */
export type Activation = 'idle' | 'restore' | 'connect';

interface WalletAreaProps {
  headerSlotId: string;
  initialActivation: Activation;
  preloadWallet?: boolean;
}

/** The column of panels in the aside. Panels that need the wallet go inside the wallet providers. */
function Panels({ children }: { children: ReactNode }) {
  return <div className="wallet-area-panels">{children}</div>;
}

/**
 * The wallet side of the page: connect button (in the header slot), portfolio, and later the trade
 * and agent panels. The wallet stack loads on the first sign of interest (hover, focus, press) or at
 * once when wagmi remembers a connection ('restore'), so the news feed never waits for it.
 * `initialActivation` is what the side column's stand-in was asked before this code had loaded, and
 * `preloadWallet` whether its Connect already showed interest (the pointer is over the real one by now).
 */
export function WalletArea({ headerSlotId, initialActivation, preloadWallet = false }: WalletAreaProps) {
  const [activation, setActivation] = useState<Activation>(initialActivation);
  useEffect(() => {
    if (preloadWallet) preloadWalletCode();
  }, [preloadWallet]);
  const connect = () => setActivation('connect');
  const bridge = useAgentBridge();
  const busy = activation !== 'idle';
  const idle = (
    <IdleSide
      headerSlotId={headerSlotId}
      busy={busy}
      onConnect={connect}
      onIntent={preloadWalletCode}
      agent={<AgentPanel onConnect={connect} connectBusy={busy} articleRequest={bridge.article} />}
    />
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
