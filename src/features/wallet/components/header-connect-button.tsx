import { ConnectButton } from '@rainbow-me/rainbowkit';

/**
 * RainbowKit's button: connect modal, then the connected chain (switcher) and the account (modal,
 * disconnect). It is portalled out of RainbowKitProvider's element, so it needs its own `data-rk`
 * root for RainbowKit's scoped styles and theme variables to apply.
 */
export function HeaderConnectButton() {
  return (
    <div data-rk="" className="wallet-header-button">
      <ConnectButton
        showBalance={false}
        chainStatus={{ smallScreen: 'icon', largeScreen: 'full' }}
        accountStatus={{ smallScreen: 'avatar', largeScreen: 'full' }}
      />
    </div>
  );
}
