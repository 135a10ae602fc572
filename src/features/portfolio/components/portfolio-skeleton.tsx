import { SUPPORTED_CHAINS } from '@/domain/chains';
import './portfolio.css';

/** One placeholder row per chain while balances load; announced once, not per row. */
export function ChainSkeletons() {
  return (
    <ul className="portfolio-chains" aria-hidden="true">
      {SUPPORTED_CHAINS.map((chain) => (
        <li key={chain.id} className="chain-group chain-skeleton" data-chain-id={chain.id}>
          <span className="chain-name">{chain.name}</span>
          <span className="skeleton-bar" style={{ width: `${40 + ((chain.id * 7) % 35)}%` }} />
        </li>
      ))}
    </ul>
  );
}

export function PortfolioSkeleton({ label }: { label: string }) {
  return (
    <section className="portfolio" aria-labelledby="portfolio-title" aria-busy="true">
      <div className="portfolio-head">
        <h2 id="portfolio-title" className="portfolio-title">Portfolio</h2>
      </div>
      <p className="portfolio-muted" role="status">{label}</p>
      <ChainSkeletons />
    </section>
  );
}
