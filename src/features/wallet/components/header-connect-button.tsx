import { ConnectButton } from '@rainbow-me/rainbowkit';

/** RainbowKit's button: connect modal, then the connected chain (switcher) and the account (modal, disconnect). */
export function HeaderConnectButton() {
  return (
    <ConnectButton
      showBalance={false}
      chainStatus={{ smallScreen: 'icon', largeScreen: 'full' }}
      accountStatus={{ smallScreen: 'avatar', largeScreen: 'full' }}
    />
  );
}
