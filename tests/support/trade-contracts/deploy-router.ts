import type { Address } from 'viem';
import type { AnvilChain } from '../anvil';
import { testPublicClient, testWalletClient } from '../contracts/deploy';
import { compileFakeRouter } from './compile-router';

/** Anvil default account #9: the fake LI.FI relayer that pays bridged tokens on the destination chain. */
export const RELAYER_KEY = '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6' as const;
export const RELAYER_ADDRESS = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as const;

/** Deploys FakeLifiRouter from ANVIL_ACCOUNT; its address becomes the chain's `diamondAddress`. */
export async function deployFakeRouter(chain: AnvilChain, relayer: Address = RELAYER_ADDRESS): Promise<Address> {
  const { abi, bytecode } = await compileFakeRouter();
  const wallet = testWalletClient(chain);
  const hash = await wallet.deployContract({ abi, bytecode, args: [relayer], account: wallet.account!, chain: wallet.chain });
  const receipt = await testPublicClient(chain).waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success' || !receipt.contractAddress) throw new Error(`deploying FakeLifiRouter on chain ${chain.chainId} failed`);
  return receipt.contractAddress;
}
