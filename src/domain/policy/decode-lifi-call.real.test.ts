import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeLifiCall } from './decode-lifi-call';

/**
 * Real LI.FI diamond calls captured from public sources (tests/fixtures/lifi-real/README.md lists
 * each file's origin). Every captured transaction must decode with the facet signature list; a
 * selector that does not decode is a gap in lifi-facet-signatures.ts, not something to skip.
 */

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/lifi-real/', import.meta.url));

interface Tx {
  to?: string;
  toDocumented?: string;
  from?: string;
  data: string;
  value?: string;
  chainId: number;
}

interface Expected {
  kind: 'swap' | 'bridge';
  facet: string;
  functionName: string;
  /** null when the source documents neither the sender nor the receiver. */
  receiver: string | null;
  destinationChainId: number;
  minAmountOut?: string;
  minAmount?: string;
  bridge?: string;
}

interface Case {
  file: string;
  tx: Tx;
  expected: Expected;
}

interface DiamondsFile {
  standardAddress: string;
  chains: Record<string, { address: string; differsFromStandard: boolean }>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as T;
}

/** A wrapped capture ({ transaction, expected }) or a whole LI.FI /quote answer (*.answer.json). */
function loadCase(file: string): Case {
  if (file.endsWith('.answer.json')) {
    const quote = readJson<{
      action: { toChainId: number; toAddress: string; fromAddress: string };
      includedSteps: { type: string; tool: string }[];
      transactionRequest: Tx;
    }>(file);
    const cross = quote.includedSteps.find((s) => s.type === 'cross');
    return {
      file,
      tx: quote.transactionRequest,
      expected: {
        kind: cross ? 'bridge' : 'swap',
        // The answer names the tool, not the facet; the facet is pinned per answer below.
        facet: ANSWER_FACETS[file]?.facet ?? '(unpinned)',
        functionName: ANSWER_FACETS[file]?.functionName ?? '(unpinned)',
        receiver: quote.action.toAddress,
        destinationChainId: quote.action.toChainId,
        ...(cross ? { bridge: cross.tool } : {}),
      },
    };
  }
  const { transaction, expected } = readJson<{ transaction: Tx; expected: Expected }>(file);
  return { file, tx: transaction, expected };
}

/** Facet of each saved API answer, from its selector (0x4f3b0759 = CelerCircleBridgeFacet 2.0.0). */
const ANSWER_FACETS: Record<string, { facet: string; functionName: string }> = {
  'quote-eth-to-arb-celercircle.answer.json': { facet: 'CelerCircleBridgeFacet', functionName: 'swapAndStartBridgeTokensViaCelerCircleBridge' },
};

// Only captures that carry a transaction: the folder also holds chains, status and route answers.
const carriesTransaction = (file: string) => {
  const json = readJson<{ transaction?: unknown; transactionRequest?: unknown }>(file);
  return json.transaction !== undefined || json.transactionRequest !== undefined;
};
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && f !== 'diamonds.json' && carriesTransaction(f)).sort();
const cases = files.map(loadCase);
const diamonds = readJson<DiamondsFile>('diamonds.json');

describe('real LI.FI fixtures', () => {
  it('are present (one per captured source)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(ANSWER_FACETS).every((f) => files.includes(f))).toBe(true);
  });
});

describe.each(cases.map((c) => [c.file, c] as const))('%s', (_file, { tx, expected }) => {
  const result = decodeLifiCall(tx.data);

  it('decodes with the known facet signatures', () => {
    expect(result, `selector ${tx.data.slice(0, 10)}`).toMatchObject({ ok: true });
  });

  it('has the expected kind, facet and function', () => {
    if (!result.ok) throw new Error(`not decoded: ${result.reason} ${result.selector ?? ''}`);
    expect(result.call.kind).toBe(expected.kind);
    expect(result.call.facet).toBe(expected.facet);
    expect(result.call.functionName).toBe(expected.functionName);
  });

  it('pays the receiver the source documents (or the captured sender)', () => {
    if (!result.ok) throw new Error('not decoded');
    expect(result.call.receiver).toMatch(/^0x[0-9a-fA-F]{40}$/);
    if (expected.receiver === null) {
      // The source documents no sender or receiver: only the shape can be checked.
      expect(result.call.receiver.toLowerCase()).not.toBe('0x0000000000000000000000000000000000000000');
      return;
    }
    expect(result.call.receiver.toLowerCase()).toBe(expected.receiver.toLowerCase());
    if (tx.from) expect(result.call.receiver.toLowerCase()).toBe(tx.from.toLowerCase());
  });

  it('goes to the documented destination chain', () => {
    if (!result.ok) throw new Error('not decoded');
    if (result.call.kind === 'bridge') {
      expect(result.call.destinationChainId).toBe(BigInt(expected.destinationChainId));
      expect(result.call.destinationChainId).not.toBe(BigInt(tx.chainId));
      if (expected.bridge) expect(result.call.bridge).toBe(expected.bridge);
      if (expected.minAmount) expect(result.call.minAmount).toBe(BigInt(expected.minAmount));
    } else {
      // Swap calldata carries no chain id: a same-chain swap stays on the transaction's chain.
      expect(expected.destinationChainId).toBe(tx.chainId);
      if (expected.minAmountOut) expect(result.call.minAmountOut).toBe(BigInt(expected.minAmountOut));
    }
  });

  it("is sent to the LiFiDiamond of its chain (diamonds.json)", () => {
    const diamond = diamonds.chains[String(tx.chainId)];
    expect(diamond, `chain ${tx.chainId} in diamonds.json`).toBeDefined();
    if (tx.to) {
      expect(tx.to.toLowerCase()).toBe(diamond!.address.toLowerCase());
    } else {
      // The source shortened the address ("0x1231deb6..."): the diamond must start with what it shows.
      expect(tx.toDocumented).toMatch(/^0x[0-9a-fA-F]+\.\.\.$/);
      const prefix = tx.toDocumented!.slice(0, -3).toLowerCase();
      expect(diamond!.address.toLowerCase().startsWith(prefix)).toBe(true);
    }
  });
});

describe('diamonds.json', () => {
  const OUR_CHAINS = [1, 10, 56, 100, 130, 137, 146, 5000, 8453, 42161, 42220, 43114, 59144, 81457, 534352];

  it('has a diamond for each of our 15 chains', () => {
    expect(Object.keys(diamonds.chains).map(Number).sort((a, b) => a - b)).toEqual(OUR_CHAINS);
    for (const { address } of Object.values(diamonds.chains)) expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });

  it('marks exactly the chains whose diamond is not the standard address', () => {
    for (const [id, c] of Object.entries(diamonds.chains)) {
      expect(c.differsFromStandard, id).toBe(c.address.toLowerCase() !== diamonds.standardAddress.toLowerCase());
    }
    expect(
      Object.entries(diamonds.chains)
        .filter(([, c]) => c.differsFromStandard)
        .map(([id]) => Number(id)),
    ).toEqual([130, 59144]);
  });
});
