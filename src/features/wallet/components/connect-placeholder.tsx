import './wallet.css';

interface ConnectPlaceholderProps {
  /** The pointer came near or focus arrived: start fetching the wallet code. */
  onIntent: () => void;
  onConnect: () => void;
  busy: boolean;
}

/**
 * The header's connect button before the wallet stack has loaded. Looks like RainbowKit's, costs
 * no wallet code; pressing it loads the stack and opens the real connect modal.
 */
export function ConnectPlaceholder({ onIntent, onConnect, busy }: ConnectPlaceholderProps) {
  return (
    <button
      type="button"
      className="wallet-connect-placeholder"
      onPointerEnter={onIntent}
      onFocus={onIntent}
      onClick={onConnect}
      aria-busy={busy}
      disabled={busy}
    >
      {busy ? 'Loading wallet…' : 'Connect Wallet'}
    </button>
  );
}
