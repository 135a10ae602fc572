import { useState } from 'react';
import { proxiedImageUrl } from '@/domain/proxied-image-url';

/** A token's logo, or its initial when there is none or it fails to load. Decorative: the symbol is always written beside it. */
export function TokenLogo({ symbol, logoURI }: { symbol: string; logoURI: string | null }) {
  const [broken, setBroken] = useState(false);
  const src = proxiedImageUrl(logoURI);
  if (!src || broken) {
    return (
      <span className="agent-token-logo agent-token-initial" aria-hidden="true">
        {symbol.slice(0, 1)}
      </span>
    );
  }
  return (
    <img
      className="agent-token-logo"
      src={src}
      alt=""
      width={28}
      height={28}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setBroken(true)}
    />
  );
}
