import type { Entities } from '@/domain/article';

export function ArticleEntities({ entities }: { entities: Entities }) {
  if (entities.companies.length === 0 && entities.tokens.length === 0) {
    return <p className="article-muted">No companies or tokens named.</p>;
  }
  return (
    <dl className="article-entities">
      {entities.tokens.length > 0 ? (
        <div>
          <dt>Tokens</dt>
          <dd>
            <ul className="chip-list">
              {entities.tokens.map((token) => (
                <li key={token.symbol} className="token-chip token-chip-static">
                  <strong>{token.symbol}</strong> {token.name}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {entities.companies.length > 0 ? (
        <div>
          <dt>Companies</dt>
          <dd>
            <ul className="chip-list">
              {entities.companies.map((company) => (
                <li key={company} className="company-chip">{company}</li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
