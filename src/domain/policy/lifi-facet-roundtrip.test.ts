import { describe, expect, it } from 'vitest';
import { encodeFunctionData, parseAbiItem, type AbiFunction, type AbiParameter } from 'viem';
import { decodeLifiCall } from './decode-lifi-call';
import { LIFI_FACET_SIGNATURES } from './lifi-facet-signatures';
import { ACCOUNT } from './test-fixtures';

/** A plain value for any ABI type; every address is the account, so whichever field is the receiver names it. */
function sample(param: AbiParameter): unknown {
  const type = param.type;
  if (type.endsWith('[]')) return [sample({ ...param, type: type.slice(0, -2) })];
  if (type === 'tuple') return ((param as { components: readonly AbiParameter[] }).components ?? []).map(sample);
  if (type === 'address') return ACCOUNT;
  if (type === 'bool') return false;
  if (type === 'string') return 'x';
  if (type === 'bytes') return '0x';
  if (type.startsWith('bytes')) return `0x${'00'.repeat(Number(type.slice(5)))}`;
  if (type.startsWith('uint') || type.startsWith('int')) return 1n;
  throw new Error(`no sample for ${type}`);
}

describe('every listed facet function decodes its own encoding', () => {
  it.each(LIFI_FACET_SIGNATURES.map((s) => [s.signature.split('(')[0]!, s] as const))('%s', (_name, entry) => {
    const abi = parseAbiItem(`function ${entry.signature}`) as AbiFunction;
    const data = encodeFunctionData({ abi: [abi], args: abi.inputs.map(sample) as never });
    const decoded = decodeLifiCall(data);
    expect(decoded.ok, entry.signature).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.call.kind).toBe(entry.signature.startsWith('swapTokens') ? 'swap' : 'bridge');
    expect(decoded.call.facet).toMatch(/^[A-Z][A-Za-z0-9]*Facet[A-Za-z0-9]*$/);
    expect(decoded.call.functionName).toBe(abi.name);
    expect(decoded.call.receiver).toBe(ACCOUNT);
    if (decoded.call.kind === 'bridge') expect(decoded.call.destinationChainId).toBe(1n);
  });
});
