import { PanelErrorBoundary } from '@/ui/panel-error-boundary';

/** The page layout: the news feed first, the wallet side (lazy) beside it. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Market Companion</h1>
        <div id="header-wallet-slot" className="app-header-wallet" />
      </header>
      <main className="app-main">
        <section className="app-news" aria-label="News">
          <PanelErrorBoundary name="News">
            <p>News feed coming up.</p>
          </PanelErrorBoundary>
        </section>
        <aside className="app-side" aria-label="Wallet and agent" />
      </main>
    </div>
  );
}
