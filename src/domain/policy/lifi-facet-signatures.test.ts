import { describe, expect, it } from 'vitest';
import { parseAbiItem, toFunctionSelector, type AbiFunction, type AbiParameter } from 'viem';
import { LIFI_FACET_SIGNATURES } from './lifi-facet-signatures';

const BRIDGE_DATA_TYPES = [
  'bytes32',
  'string',
  'string',
  'address',
  'address',
  'address',
  'uint256',
  'uint256',
  'bool',
  'bool',
];

function parse(signature: string): AbiFunction {
  const item = parseAbiItem(`function ${signature}`);
  if (item.type !== 'function') throw new Error(`not a function: ${signature}`);
  return item;
}

function tupleTypes(param: AbiParameter | undefined): string[] | undefined {
  if (!param || param.type !== 'tuple' || !('components' in param)) return undefined;
  return param.components.map((c) => c.type);
}

describe('LIFI_FACET_SIGNATURES', () => {
  it('is not empty and has both kinds', () => {
    expect(LIFI_FACET_SIGNATURES.some((s) => s.kind === 'swap')).toBe(true);
    expect(LIFI_FACET_SIGNATURES.some((s) => s.kind === 'bridge')).toBe(true);
  });

  it.each(LIFI_FACET_SIGNATURES.map((s) => [s.signature, s] as const))(
    'parses with viem: %s',
    (signature) => {
      const fn = parse(signature);
      expect(fn.name).toBe(signature.slice(0, signature.indexOf('(')));
    },
  );

  it('has no duplicate signatures or selectors', () => {
    const selectors = LIFI_FACET_SIGNATURES.map((s) => toFunctionSelector(`function ${s.signature}`));
    expect(new Set(LIFI_FACET_SIGNATURES.map((s) => s.signature)).size).toBe(LIFI_FACET_SIGNATURES.length);
    expect(new Set(selectors).size).toBe(selectors.length);
  });

  it('bridge functions start with the BridgeData tuple', () => {
    for (const s of LIFI_FACET_SIGNATURES.filter((x) => x.kind === 'bridge')) {
      const fn = parse(s.signature);
      expect(tupleTypes(fn.inputs[0]), s.signature).toEqual(BRIDGE_DATA_TYPES);
      expect(s.signature.startsWith(`${fn.name}((${BRIDGE_DATA_TYPES.join(',')})`)).toBe(true);
      expect(/^(startBridgeTokensVia|swapAndStartBridgeTokensVia)/.test(fn.name), s.signature).toBe(true);
    }
  });

  it('swap functions have (bytes32,string,string,address receiver,uint256, ...)', () => {
    for (const s of LIFI_FACET_SIGNATURES.filter((x) => x.kind === 'swap')) {
      const fn = parse(s.signature);
      expect(fn.inputs.slice(0, 5).map((p) => p.type), s.signature).toEqual([
        'bytes32',
        'string',
        'string',
        'address',
        'uint256',
      ]);
      expect(fn.inputs[3]?.type).toBe('address');
    }
  });

  it('signatures are canonical (no spaces, no parameter names)', () => {
    for (const s of LIFI_FACET_SIGNATURES) {
      expect(s.signature).toMatch(/^[A-Za-z0-9_]+\([a-z0-9,()[\]]*\)$/);
    }
  });

  it('knows the well-known selectors', () => {
    const bySelector = new Map(
      LIFI_FACET_SIGNATURES.map((s) => [toFunctionSelector(`function ${s.signature}`), s.signature]),
    );
    // 0x4630a0d8 is the selector seen at the start of real LI.FI swapTokensGeneric calldata.
    expect(bySelector.get('0x4630a0d8')?.startsWith('swapTokensGeneric(')).toBe(true);
  });
});
