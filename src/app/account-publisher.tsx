import { useEffect } from 'react';
import { useAccount } from 'wagmi';
import { publishAccount } from './account-bridge';

/** Inside the wagmi providers: tells the rest of the page which account is connected (nothing when none). */
export function AccountPublisher() {
  const { address, status } = useAccount();
  const connected = status === 'connected' ? address : undefined;
  useEffect(() => {
    publishAccount(connected);
    return () => publishAccount(undefined);
  }, [connected]);
  return null;
}
