import { NewsPanel } from '@/features/news/components/news-panel';
import { PanelErrorBoundary } from '@/ui/panel-error-boundary';
import { useConnectedAccount } from './account-bridge';
import { HowItWorksSection, useHowItWorksRoute } from './how-it-works-section';
import { SideColumn } from './side-column';
import { useActOnArticle } from './use-act-on-article';

const HEADER_WALLET_SLOT_ID = 'header-wallet-slot';

/** The page layout: the news desk first, the wallet and agent side beside it (a stand-in until the user shows up). */
export function App() {
  const howItWorks = useHowItWorksRoute();
  return (
    <div className="app">
      <a className="skip-link" href={howItWorks ? '#how-it-works' : '#news'}>{howItWorks ? 'Skip to the page' : 'Skip to the news'}</a>
      <header className="app-header">
        <div className="app-brand">
          <img className="app-logo" src="/favicon.svg" alt="" width="28" height="28" />
          <div>
            <h1 className="app-title">Market Companion</h1>
            <p className="app-tagline">News, analysed · your wallet · trades you sign</p>
          </div>
        </div>
        <div id={HEADER_WALLET_SLOT_ID} className="app-header-wallet" />
      </header>
      <main className="app-main">
        {howItWorks ? <HowItWorksSection /> : (
          <section id="news" className="app-news" aria-label="News" tabIndex={-1}>
            <PanelErrorBoundary name="News">
              <NewsWithAgent />
            </PanelErrorBoundary>
          </section>
        )}
        <aside className="app-side" aria-label="Wallet and agent">
          <PanelErrorBoundary name="Wallet">
            <SideColumn headerSlotId={HEADER_WALLET_SLOT_ID} />
          </PanelErrorBoundary>
        </aside>
      </main>
    </div>
  );
}

/** The news, with "Act on this with AI" handed to the agent panel (kept apart so URL changes re-render only the news). */
function NewsWithAgent() {
  const actOnArticle = useActOnArticle();
  return <NewsPanel onActOnArticle={actOnArticle} forAddress={useConnectedAccount()} />;
}
