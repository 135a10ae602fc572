import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConfig } from 'wagmi';
import { getTradeClient } from '../api/lifi-client';
import { lifiChainsQueryOptions } from '../api/lifi-chains';
import { tradeTokensQueryOptions } from '../api/trade-tokens';

/** The LI.FI client for this wagmi config, LI.FI's chains (diamonds) and the verified token list. */
export function useTradeSetup() {
  const config = useConfig();
  const client = useMemo(() => getTradeClient(config), [config]);
  const lifi = useQuery(lifiChainsQueryOptions(client));
  const chainIds = useMemo(
    () => config.chains.map((chain) => chain.id).filter((id) => lifi.data?.diamonds[id] !== undefined),
    [config.chains, lifi.data],
  );
  const tokens = useQuery({ ...tradeTokensQueryOptions(client, chainIds), enabled: chainIds.length > 0 });
  return { config, client, lifi, chainIds, tokens };
}
