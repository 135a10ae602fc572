import { describe, expect, it } from 'vitest';
import { decodeLifiCall } from './decode-lifi-call';
import { ACCOUNT, ARB, ATTACKER, bridgeCalldata, swapCalldata } from './test-fixtures';

describe('decodeLifiCall', () => {
  it('reads the _receiver and minimum of swapTokensGeneric', () => {
    expect(decodeLifiCall(swapCalldata(ATTACKER, ACCOUNT))).toEqual({
      ok: true,
      call: { kind: 'swap', facet: 'GenericSwapFacet', functionName: 'swapTokensGeneric', receiver: ATTACKER, minAmountOut: 1n },
    });
  });

  it('reads BridgeData of a bridge facet, not the facet data behind it', () => {
    const decoded = decodeLifiCall(bridgeCalldata({ receiver: ATTACKER, refund: ACCOUNT }));
    expect(decoded).toMatchObject({ ok: true, call: { kind: 'bridge', facet: 'AcrossFacetV3', bridge: 'across', receiver: ATTACKER, destinationChainId: BigInt(ARB), minAmount: 100_000_000n, hasSourceSwaps: false, hasDestinationCall: false } });
  });

  it('says why it could not decode', () => {
    expect(decodeLifiCall(undefined)).toEqual({ ok: false, reason: 'not-calldata' });
    expect(decodeLifiCall('0x123')).toEqual({ ok: false, reason: 'not-calldata' });
    expect(decodeLifiCall('0xdeadbeef')).toEqual({ ok: false, reason: 'unknown-function', selector: '0xdeadbeef' });
    expect(decodeLifiCall(`0x4630A0D8${'00'.repeat(8)}`)).toEqual({ ok: false, reason: 'malformed', selector: '0x4630a0d8' });
  });
});
