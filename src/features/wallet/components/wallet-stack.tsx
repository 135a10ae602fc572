import '@rainbow-me/rainbowkit/styles.css';
import './wallet.css';
import { darkTheme, lightTheme, RainbowKitProvider } from '@rainbow-me/rainbowkit';
import type { ReactNode } from 'react';
import { WagmiProvider } from 'wagmi';
import { useWalletChains } from '../api/get-wallet-chains';
import { APP_NAME, walletConfigFor } from '../lib/create-wallet-config';
import { AutoOpenConnectModal } from './auto-open-connect-modal';
import { HeaderConnectButton } from './header-connect-button';
import { HeaderSlot } from './header-slot';

const theme = { lightMode: lightTheme({ borderRadius: 'medium' }), darkMode: darkTheme({ borderRadius: 'medium' }) };

interface WalletStackProps {
  headerSlotId: string;
  /** Open RainbowKit's connect modal as soon as it is ready (the user already pressed connect). */
  openConnectOnReady: boolean;
  /** Panels that use the wallet (portfolio, trade, agent). Rendered inside the wagmi providers. */
  children: ReactNode;
}

/**
 * wagmi + RainbowKit, configured from the server's /api/chains (one config for every deployment),
 * with the connect button in the header slot. Must sit inside the app's QueryClientProvider.
 */
export function WalletStack({ headerSlotId, openConnectOnReady, children }: WalletStackProps) {
  const chains = useWalletChains();
  const config = chains.data ? walletConfigFor(chains.data) : undefined;

  if (!config) {
    return (
      <>
        <HeaderSlot slotId={headerSlotId}>
          <button type="button" className="wallet-connect-placeholder" disabled aria-busy={chains.isPending}>
            {chains.isError ? 'Wallet unavailable' : 'Loading wallet…'}
          </button>
        </HeaderSlot>
        {chains.isError ? (
          <div className="wallet-status" role="alert">
            <p><strong>The wallet could not start.</strong> {chains.error.message}</p>
            <p>
              <button type="button" className="btn" onClick={() => void chains.refetch()} disabled={chains.isFetching}>
                {chains.isFetching ? 'Retrying…' : 'Retry'}
              </button>
            </p>
          </div>
        ) : (
          <div className="wallet-status" role="status">
            <p>Loading the wallet…</p>
          </div>
        )}
      </>
    );
  }

  return (
    <WagmiProvider config={config} reconnectOnMount>
      <RainbowKitProvider appInfo={{ appName: APP_NAME }} theme={theme} modalSize="compact">
        <HeaderSlot slotId={headerSlotId}>
          <HeaderConnectButton />
        </HeaderSlot>
        {openConnectOnReady ? <AutoOpenConnectModal /> : null}
        {children}
      </RainbowKitProvider>
    </WagmiProvider>
  );
}
