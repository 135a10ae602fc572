import { useConnectModal } from '@rainbow-me/rainbowkit';
import { useAccount } from 'wagmi';
import { AgentPanel, type AgentPanelProps } from './agent-panel';

/** The agent panel inside the wallet providers: the connected account and RainbowKit's connect modal. */
export function WalletAgentPanel(props: Omit<AgentPanelProps, 'address' | 'onConnect' | 'connectBusy'>) {
  const { address, status } = useAccount();
  const { openConnectModal } = useConnectModal();
  return <AgentPanel {...props} address={address} onConnect={openConnectModal} connectBusy={status === 'connecting' || status === 'reconnecting'} />;
}
