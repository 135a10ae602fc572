import { useConnectModal } from '@rainbow-me/rainbowkit';
import { useEffect, useRef } from 'react';
import { useAccount } from 'wagmi';

/** Opens the connect modal once, for a user who pressed "Connect Wallet" before the wallet code had loaded. */
export function AutoOpenConnectModal() {
  const { openConnectModal } = useConnectModal();
  const { isConnected, isReconnecting } = useAccount();
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !openConnectModal || isConnected || isReconnecting) return;
    opened.current = true;
    openConnectModal();
  }, [openConnectModal, isConnected, isReconnecting]);
  return null;
}
