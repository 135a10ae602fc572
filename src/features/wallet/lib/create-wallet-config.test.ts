import { describe, expect, it } from 'vitest';
import type { ChainsResponse } from '@/domain/portfolio';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import { createWalletConfig, walletConfigFor, walletGroups } from './create-wallet-config';

/** RainbowKit tags each connector with the wallet it stands for. */
function walletIds(config: ReturnType<typeof createWalletConfig>): string[] {
  return config.connectors.map((c) => (c as unknown as { rkDetails?: { id: string } }).rkDetails?.id ?? c.id);
}

function response(walletConnectProjectId: string | null): ChainsResponse {
  return {
    walletConnectProjectId,
    chains: SUPPORTED_CHAINS.map((c) => ({ id: c.id, key: c.key, name: c.name, nativeSymbol: c.nativeSymbol, explorerUrl: c.explorerUrl, rpcUrls: [`http://127.0.0.1:${9000 + (c.id % 1000)}`] })),
  };
}

describe('walletGroups', () => {
  it('offers only injected wallets without a WalletConnect project id', () => {
    const groups = walletGroups(null);
    expect(groups.map((g) => g.groupName)).toEqual(['Installed']);
  });

  it('adds WalletConnect-based wallets with a project id', () => {
    expect(walletGroups('0123456789abcdef0123456789abcdef').map((g) => g.groupName)).toEqual(['Installed', 'Popular']);
  });
});

describe('createWalletConfig', () => {
  it('uses every registry chain, with the server RPC URLs', () => {
    const config = createWalletConfig(response(null));
    expect(config.chains.map((c) => c.id)).toEqual(SUPPORTED_CHAINS.map((c) => c.id));
    const base = config.chains.find((c) => c.id === 8453);
    expect(base?.rpcUrls.default.http).toEqual(['http://127.0.0.1:9453']);
    expect(walletIds(config)).toEqual(['injected', 'rabby', 'brave']);
  });

  it('registers a WalletConnect connector only when a project id is configured', () => {
    const config = createWalletConfig(response('0123456789abcdef0123456789abcdef'));
    const ids = walletIds(config);
    expect(ids).toEqual(expect.arrayContaining(['injected', 'rainbow', 'walletConnect']));
    // no metaMaskWallet: it would load the MetaMask SDK
    expect(ids).not.toContain('metaMask');
  });

  it('refuses an empty chain list', () => {
    expect(() => createWalletConfig({ chains: [], walletConnectProjectId: null })).toThrow(/no supported chains/);
  });
});

describe('walletConfigFor', () => {
  it('creates one config per server answer, however often it is asked', () => {
    const answer = response(null);
    expect(walletConfigFor(answer)).toBe(walletConfigFor(answer));
    expect(walletConfigFor(response(null))).not.toBe(walletConfigFor(answer));
  });
});
