import type { Token } from '@lifi/sdk';
import { chainName } from '@/domain/chains';

interface TokenSelectProps {
  idPrefix: string;
  legend: string;
  chainIds: readonly number[];
  tokens: readonly Token[];
  chainId: number;
  tokenAddress: string;
  disabled?: boolean;
  onChange: (chainId: number, tokenAddress: string) => void;
}

/** Chain and token from the verified list (never a free-typed address). */
export function TokenSelect({ idPrefix, legend, chainIds, tokens, chainId, tokenAddress, disabled, onChange }: TokenSelectProps) {
  const onChain = tokens.filter((t) => t.chainId === chainId);
  return (
    <fieldset className="trade-token-select" disabled={disabled}>
      <legend>{legend}</legend>
      <label className="trade-field">
        <span>Chain</span>
        <select
          id={`${idPrefix}-chain`}
          value={chainId}
          onChange={(e) => {
            const next = Number(e.target.value);
            const first = tokens.find((t) => t.chainId === next);
            onChange(next, first?.address ?? '');
          }}
        >
          {chainIds.map((id) => <option key={id} value={id}>{chainName(id)}</option>)}
        </select>
      </label>
      <label className="trade-field">
        <span>Token</span>
        <select id={`${idPrefix}-token`} value={tokenAddress.toLowerCase()} onChange={(e) => onChange(chainId, e.target.value)}>
          {onChain.map((t) => <option key={t.address} value={t.address.toLowerCase()}>{t.symbol}</option>)}
        </select>
      </label>
    </fieldset>
  );
}
