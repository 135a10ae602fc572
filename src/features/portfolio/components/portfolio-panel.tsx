import { useConnectModal } from '@rainbow-me/rainbowkit';
import { useAccount } from 'wagmi';
import { ConnectPrompt } from './connect-prompt';
import { PortfolioHoldings } from './portfolio-holdings';
import { PortfolioSkeleton } from './portfolio-skeleton';

/** The connected wallet's holdings on every chain; a prompt to connect when there is no wallet. */
export function PortfolioPanel() {
  const { address, status } = useAccount();
  const { openConnectModal } = useConnectModal();
  if (address) return <PortfolioHoldings key={address.toLowerCase()} address={address} />;
  if (status === 'reconnecting') return <PortfolioSkeleton label="Reconnecting your wallet…" />;
  return <ConnectPrompt onConnect={openConnectModal} />;
}
